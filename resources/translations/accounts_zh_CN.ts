<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>A password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <source>You are not allowed to {what}. Ask a manager.</source>
      <translation>您无权{what}。请联系经理。</translation>
    </message>
    <message>
      <source>change a customer's consultant</source>
      <translation>更换客户的置业顾问</translation>
    </message>
    <message>
      <source>change settings</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <source>edit any customer file</source>
      <translation>编辑任意客户档案</translation>
    </message>
    <message>
      <source>edit the refusal list</source>
      <translation>编辑拒绝接待名单</translation>
    </message>
    <message>
      <source>export or print lists with personal data</source>
      <translation>导出或打印含个人信息的清单</translation>
    </message>
    <message>
      <source>manage the reception queue</source>
      <translation>管理接待轮序</translation>
    </message>
    <message>
      <source>manage user accounts</source>
      <translation>管理用户账号</translation>
    </message>
    <message>
      <source>merge customer files</source>
      <translation>合并客户档案</translation>
    </message>
    <message>
      <source>override the refusal list</source>
      <translation>越过拒绝接待名单放行</translation>
    </message>
    <message>
      <source>read confidential customer files</source>
      <translation>查阅机密客户档案</translation>
    </message>
    <message>
      <source>read the audit trail</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <source>see every complaint</source>
      <translation>查看全部投诉</translation>
    </message>
    <message>
      <source>see full ID numbers and phones</source>
      <translation>查看完整证件号和电话</translation>
    </message>
    <message>
      <source>sign off a handling opinion</source>
      <translation>审批处理意见</translation>
    </message>
    <message>
      <source>void a visit</source>
      <translation>作废来访记录</translation>
    </message>
  </context>
</TS>
