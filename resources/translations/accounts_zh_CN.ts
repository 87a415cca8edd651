<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <location filename="../../salesdesk/accounts.py" line="21" />
      <source>A password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="60" />
      <source>You are not allowed to {what}. Ask a manager.</source>
      <translation>您无权{what}。请联系经理。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="42" />
      <source>change a customer's consultant</source>
      <translation>更换客户的置业顾问</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="44" />
      <source>change settings</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="40" />
      <source>edit any customer file</source>
      <translation>编辑任意客户档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="36" />
      <source>edit the refusal list</source>
      <translation>编辑拒绝接待名单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="43" />
      <source>export or print lists with personal data</source>
      <translation>导出或打印含个人信息的清单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="47" />
      <source>manage the reception queue</source>
      <translation>管理接待轮序</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="45" />
      <source>manage user accounts</source>
      <translation>管理用户账号</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="41" />
      <source>merge customer files</source>
      <translation>合并客户档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="35" />
      <source>override the refusal list</source>
      <translation>越过拒绝接待名单放行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="39" />
      <source>read confidential customer files</source>
      <translation>查阅机密客户档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="46" />
      <source>read the audit trail</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="38" />
      <source>see every complaint</source>
      <translation>查看全部投诉</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="33" />
      <source>see full ID numbers and phones</source>
      <translation>查看完整证件号和电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="37" />
      <source>sign off a handling opinion</source>
      <translation>审批处理意见</translation>
    </message>
    <message>
      <location filename="../../salesdesk/permissions.py" line="34" />
      <source>void a visit</source>
      <translation>作废来访记录</translation>
    </message>
  </context>
</TS>
