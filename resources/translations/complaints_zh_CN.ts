<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <location filename="../../salesdesk/ui/complaints/__init__.py" line="22" />
      <source>Complaints</source>
      <translation>投诉登记</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/complaints/__init__.py" line="17" />
      <source>The complaint register is not built yet.</source>
      <translation>投诉登记尚未建成。</translation>
    </message>
  </context>
</TS>
