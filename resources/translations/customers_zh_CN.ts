<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <location filename="../../salesdesk/ui/customers/__init__.py" line="22" />
      <source>Customer files</source>
      <translation>客户档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/__init__.py" line="17" />
      <source>The customer files is not built yet.</source>
      <translation>客户档案尚未建成。</translation>
    </message>
  </context>
</TS>
