<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>Customer files</source>
      <translation>客户档案</translation>
    </message>
    <message>
      <source>Enter the customer's name.</source>
      <translation>请输入客户姓名。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>The customer files is not built yet.</source>
      <translation>客户档案尚未建成。</translation>
    </message>
  </context>
</TS>
