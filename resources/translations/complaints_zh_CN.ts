<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>Complaints</source>
      <translation>投诉登记</translation>
    </message>
    <message>
      <source>The complaint register is not built yet.</source>
      <translation>投诉登记尚未建成。</translation>
    </message>
  </context>
</TS>
