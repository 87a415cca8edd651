<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>The visitor log is not built yet.</source>
      <translation>来访登记尚未建成。</translation>
    </message>
    <message>
      <source>Visitor log</source>
      <translation>来访登记</translation>
    </message>
  </context>
</TS>
