<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>'{value}' is not a time. Write it as 9:30 or 14:05.</source>
      <translation>“{value}”不是时间。请写成 9:30 或 14:05。</translation>
    </message>
    <message>
      <source>(voided)</source>
      <translation>（已作废）</translation>
    </message>
    <message>
      <source>138 0013 8000 — a known phone fills the rest</source>
      <translation>138 0013 8000 — 已知号码自动填写其余信息</translation>
    </message>
    <message>
      <source>A voided visit cannot be edited.</source>
      <translation>已作废的来访记录不能修改。</translation>
    </message>
    <message>
      <source>Add to the list</source>
      <translation>加入名单</translation>
    </message>
    <message>
      <source>All dates</source>
      <translation>全部日期</translation>
    </message>
    <message>
      <source>An ID number is required at check-in</source>
      <translation>登记时必须填写证件号码</translation>
    </message>
    <message>
      <source>Any class</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>访客牌</translation>
    </message>
    <message>
      <source>Badge returned</source>
      <translation>访客牌已交回</translation>
    </message>
    <message>
      <source>Badge {badge} is already given to {name}, who is still on site. Give another badge, or sign {name} out first.</source>
      <translation>访客牌 {badge} 已发给仍在场的 {name}。请换一个访客牌，或先为 {name} 签退。</translation>
    </message>
    <message>
      <source>Badge {badge} is on site twice in the file (rows {a} and {b}).</source>
      <translation>访客牌 {badge} 在文件中被两位在场访客使用（第 {a} 行和第 {b} 行）。</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>修改前 → 修改后</translation>
    </message>
    <message>
      <source>Book an appointment</source>
      <translation>登记看房预约</translation>
    </message>
    <message>
      <source>Book…</source>
      <translation>预约…</translation>
    </message>
    <message>
      <source>Bring in the visitor log kept in Excel or CSV: every row is checked first (Ctrl+I)</source>
      <translation>导入以 Excel 或 CSV 保存的来访登记：先逐行检查（Ctrl+I）</translation>
    </message>
    <message>
      <source>Cancel booking</source>
      <translation>取消预约</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>登记入场</translation>
    </message>
    <message>
      <source>Check in (Enter)</source>
      <translation>登记 (Enter)</translation>
    </message>
    <message>
      <source>Check in a visitor</source>
      <translation>来访登记</translation>
    </message>
    <message>
      <source>Choose an ID type from the list.</source>
      <translation>请从列表中选择证件类型。</translation>
    </message>
    <message>
      <source>Choose the visitor class: normal or VIP.</source>
      <translation>请选择接待规格：一般或贵宾。</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Clear (Esc)</source>
      <translation>清空 (Esc)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Date: {d}</source>
      <translation>日期：{d}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>送货</translation>
    </message>
    <message>
      <source>Edit / history (F4)</source>
      <translation>修改 / 记录 (F4)</translation>
    </message>
    <message>
      <source>Edit visit {id}</source>
      <translation>修改来访记录 {id}</translation>
    </message>
    <message>
      <source>Enter the visitor's ID number (required by the office's settings).</source>
      <translation>请填写访客证件号码（本单位设置要求必填）。</translation>
    </message>
    <message>
      <source>Enter the visitor's name.</source>
      <translation>请填写访客姓名。</translation>
    </message>
    <message>
      <source>Export the visitor register</source>
      <translation>导出来访登记台账</translation>
    </message>
    <message>
      <source>FILE.pdf (registration sheet) or FILE.xlsx (register)</source>
      <translation>FILE.pdf（来访登记表）或 FILE.xlsx（来访台账）</translation>
    </message>
    <message>
      <source>Filter by class</source>
      <translation>按类别筛选</translation>
    </message>
    <message>
      <source>Filter by company</source>
      <translation>按单位筛选</translation>
    </message>
    <message>
      <source>Filter by host</source>
      <translation>按被访人筛选</translation>
    </message>
    <message>
      <source>Filter by name</source>
      <translation>按姓名筛选</translation>
    </message>
    <message>
      <source>Filter by phone</source>
      <translation>按电话筛选</translation>
    </message>
    <message>
      <source>Filter by purpose</source>
      <translation>按事由筛选</translation>
    </message>
    <message>
      <source>Give the reason for voiding this visit.</source>
      <translation>请填写作废此来访记录的原因。</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>被访人</translation>
    </message>
    <message>
      <source>Host signature</source>
      <translation>被访人签字</translation>
    </message>
    <message>
      <source>ID number (masked)</source>
      <translation>证件号码（已隐藏）</translation>
    </message>
    <message>
      <source>Import visitor log</source>
      <translation>导入来访登记</translation>
    </message>
    <message>
      <source>Import visitor log…</source>
      <translation>导入来访登记…</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>面试</translation>
    </message>
    <message>
      <source>Known: customer file {file}</source>
      <translation>老访客：客户档案 {file}</translation>
    </message>
    <message>
      <source>Known: {name}</source>
      <translation>老访客：{name}</translation>
    </message>
    <message>
      <source>Listed</source>
      <translation>列入日期</translation>
    </message>
    <message>
      <source>Manager's password</source>
      <translation>经理密码</translation>
    </message>
    <message>
      <source>Manager's user name</source>
      <translation>经理用户名</translation>
    </message>
    <message>
      <source>Negotiation</source>
      <translation>洽谈</translation>
    </message>
    <message>
      <source>New visitor.</source>
      <translation>新访客。</translation>
    </message>
    <message>
      <source>No visits in this period.</source>
      <translation>本期间没有来访记录。</translation>
    </message>
    <message>
      <source>Nobody is on site.</source>
      <translation>目前没有在场的访客。</translation>
    </message>
    <message>
      <source>None of the selected visits is on site: they were already signed out, flagged or voided. To correct a time, use Edit.</source>
      <translation>所选来访均不在场：已签退、已标记未签退或已作废。如需更正时间，请用“修改”。</translation>
    </message>
    <message>
      <source>Not signed out</source>
      <translation>未签退</translation>
    </message>
    <message>
      <source>Not signed out on the day of the visit. Put the time out right with Edit.</source>
      <translation>来访当天未签退。请用“修改”补登离开时间。</translation>
    </message>
    <message>
      <source>On site</source>
      <translation>在场</translation>
    </message>
    <message>
      <source>On site now</source>
      <translation>目前在场</translation>
    </message>
    <message>
      <source>On site now: {n}</source>
      <translation>目前在场：{n} 人</translation>
    </message>
    <message>
      <source>On the refusal list — do not let in: {reason}</source>
      <translation>在拒绝接待名单上 — 不得放行：{reason}</translation>
    </message>
    <message>
      <source>Override and check in</source>
      <translation>放行并登记</translation>
    </message>
    <message>
      <source>Party size</source>
      <translation>来访人数</translation>
    </message>
    <message>
      <source>Party size must be a whole number from 1 to {max}.</source>
      <translation>来访人数须为 1 至 {max} 的整数。</translation>
    </message>
    <message>
      <source>Period: {a} to {b}</source>
      <translation>期间：{a} 至 {b}</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Print slip</source>
      <translation>打印登记单</translation>
    </message>
    <message>
      <source>Print the visitor registration sheet</source>
      <translation>打印来访登记表</translation>
    </message>
    <message>
      <source>Reason for the change</source>
      <translation>修改原因</translation>
    </message>
    <message>
      <source>Reason for the override</source>
      <translation>放行原因</translation>
    </message>
    <message>
      <source>Reason for voiding</source>
      <translation>作废原因</translation>
    </message>
    <message>
      <source>Receipt (回执) — No. {no}</source>
      <translation>回执 — 编号 {no}</translation>
    </message>
    <message>
      <source>Reception (registered by)</source>
      <translation>前台登记人</translation>
    </message>
    <message>
      <source>Reception (signed out by)</source>
      <translation>前台签退人</translation>
    </message>
    <message>
      <source>Refusal list — do not let in</source>
      <translation>拒绝接待名单 — 不得放行</translation>
    </message>
    <message>
      <source>Refusal list…</source>
      <translation>拒绝接待名单…</translation>
    </message>
    <message>
      <source>Refuse entry</source>
      <translation>拒绝进入</translation>
    </message>
    <message>
      <source>Sample visitor</source>
      <translation>示例来访人</translation>
    </message>
    <message>
      <source>Select a visit in the log first.</source>
      <translation>请先在登记表中选择一条来访记录。</translation>
    </message>
    <message>
      <source>Select the visit(s) to sign out first.</source>
      <translation>请先选择要签退的来访记录。</translation>
    </message>
    <message>
      <source>Show voided</source>
      <translation>显示已作废</translation>
    </message>
    <message>
      <source>Sign out (F8)</source>
      <translation>签退 (F8)</translation>
    </message>
    <message>
      <source>Sign out all</source>
      <translation>全部签退</translation>
    </message>
    <message>
      <source>Sign out all on site…</source>
      <translation>全部签退…</translation>
    </message>
    <message>
      <source>Sign out all {n} visitor(s) still on site now?</source>
      <translation>现在签退全部 {n} 位在场访客？</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>已签退</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>签约</translation>
    </message>
    <message>
      <source>Tear off here</source>
      <translation>沿此线撕下</translation>
    </message>
    <message>
      <source>The date of the visit is missing.</source>
      <translation>缺少来访日期。</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>The end date {b} is before the start date {a}. Swap them.</source>
      <translation>结束日期 {b} 早于开始日期 {a}，请对调。</translation>
    </message>
    <message>
      <source>The host chosen is no longer in the staff list. Choose another.</source>
      <translation>所选被访人已不在员工名单中，请另选。</translation>
    </message>
    <message>
      <source>The sheet has no column for: {cols}. Name the columns in the header row (e.g. 日期, 姓名).</source>
      <translation>表格中没有以下列：{cols}。请在表头行写明列名（如 日期、姓名）。</translation>
    </message>
    <message>
      <source>The time out is before the time in. Check both times.</source>
      <translation>离开时间早于来访时间，请核对两个时间。</translation>
    </message>
    <message>
      <source>The visit is dated in the future ({when}).</source>
      <translation>来访日期在将来（{when}）。</translation>
    </message>
    <message>
      <source>The visitor log kept in Excel (.xlsx) or CSV. The header row is found by its names (日期, 来访时间, 离开时间, 姓名, 电话, 证件号码, 事由, 被访人…), also below a title row. A row without a time out is marked not signed out.</source>
      <translation>以 Excel（.xlsx）或 CSV 保存的来访登记。表头行按列名自动识别（日期、来访时间、离开时间、姓名、电话、证件号码、事由、被访人…），标题行下方的表头也能识别。没有离开时间的行记为“未签退”。</translation>
    </message>
    <message>
      <source>This visit is already voided.</source>
      <translation>此来访记录已作废。</translation>
    </message>
    <message>
      <source>This visit is voided; a voided visit has no slip.</source>
      <translation>该来访已作废，作废的来访不能打印登记单。</translation>
    </message>
    <message>
      <source>This visitor is on the refusal list (拒绝接待). Do not let them in. Only a manager can override, with a reason.</source>
      <translation>此访客在拒绝接待名单上，不得放行。只有经理可以说明原因后放行。</translation>
    </message>
    <message>
      <source>This visitor is on the refusal list (拒绝接待): {reasons}. Do not let them in unless a manager overrides with a reason.</source>
      <translation>此访客在拒绝接待名单上：{reasons}。除非经理说明原因后放行，否则不得进入。</translation>
    </message>
    <message>
      <source>Time in</source>
      <translation>来访时间</translation>
    </message>
    <message>
      <source>Time out</source>
      <translation>离开时间</translation>
    </message>
    <message>
      <source>To be signed by the host and handed back at reception when the visitor leaves.</source>
      <translation>由被访人签字，来访人离开时交回前台。</translation>
    </message>
    <message>
      <source>Today's appointments</source>
      <translation>今日预约</translation>
    </message>
    <message>
      <source>Today's appointments (F3)</source>
      <translation>今日预约 (F3)</translation>
    </message>
    <message>
      <source>Unknown visitor class '{v}': use 一般 or 贵宾.</source>
      <translation>无法识别的接待规格“{v}”：请填写 一般 或 贵宾。</translation>
    </message>
    <message>
      <source>VIP</source>
      <translation>贵宾</translation>
    </message>
    <message>
      <source>Vehicle plate</source>
      <translation>车牌号码</translation>
    </message>
    <message>
      <source>Viewing</source>
      <translation>看房</translation>
    </message>
    <message>
      <source>Visit purposes offered at check-in (one per line)</source>
      <translation>登记时可选的来访事由（每行一项）</translation>
    </message>
    <message>
      <source>Visit slip with receipt (selected visit)</source>
      <translation>来访登记单及回执（所选来访）</translation>
    </message>
    <message>
      <source>Visit {id} no longer exists. Refresh the list.</source>
      <translation>来访记录 {id} 已不存在，请刷新列表。</translation>
    </message>
    <message>
      <source>Visit — {purpose}</source>
      <translation>来访 — {purpose}</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>来访人</translation>
    </message>
    <message>
      <source>Visitor class</source>
      <translation>接待规格</translation>
    </message>
    <message>
      <source>Visitor log</source>
      <translation>来访登记</translation>
    </message>
    <message>
      <source>Visitor log (Excel or CSV)…</source>
      <translation>来访登记（Excel 或 CSV）…</translation>
    </message>
    <message>
      <source>Visitor register</source>
      <translation>来访登记台账</translation>
    </message>
    <message>
      <source>Visitor register (Excel)…</source>
      <translation>来访登记台账 (Excel)…</translation>
    </message>
    <message>
      <source>Visitor registration sheet</source>
      <translation>来访登记表</translation>
    </message>
    <message>
      <source>Visitor registration sheet (PDF)…</source>
      <translation>来访登记表 (PDF)…</translation>
    </message>
    <message>
      <source>Visitor registration sheet…</source>
      <translation>来访登记表…</translation>
    </message>
    <message>
      <source>Visitor registration slip</source>
      <translation>来访登记单</translation>
    </message>
    <message>
      <source>Visitor's signature</source>
      <translation>来访人签字</translation>
    </message>
    <message>
      <source>Void the visit of {name} ({time})? The row stays in the log, marked voided.</source>
      <translation>作废 {name}（{time}）的来访记录？该记录仍保留在登记表中，标记为已作废。</translation>
    </message>
    <message>
      <source>Void visit</source>
      <translation>作废来访记录</translation>
    </message>
    <message>
      <source>Voided by {who} on {when}: {reason}</source>
      <translation>由 {who} 于 {when} 作废：{reason}</translation>
    </message>
    <message>
      <source>Voided: {reason}</source>
      <translation>已作废：{reason}</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Wrote {n} visit(s) to {path}</source>
      <translation>已将 {n} 条来访记录写入 {path}</translation>
    </message>
    <message>
      <source>customer file {no}</source>
      <translation>客户档案 {no}</translation>
    </message>
    <message>
      <source>export the visitor registration sheet (PDF) or register (Excel) for a period</source>
      <translation>导出某期间的来访登记表（PDF）或来访台账（Excel）</translation>
    </message>
    <message>
      <source>first day (e.g. 2026-03-01)</source>
      <translation>起始日期（如 2026-03-01）</translation>
    </message>
    <message>
      <source>import the visitor log kept in Excel or CSV</source>
      <translation>导入以 Excel 或 CSV 记录的来访登记</translation>
    </message>
    <message>
      <source>last day (inclusive)</source>
      <translation>截止日期（含当天）</translation>
    </message>
    <message>
      <source>override of the refusal list</source>
      <translation>拒绝接待名单放行</translation>
    </message>
    <message>
      <source>staff member visited</source>
      <translation>被访员工</translation>
    </message>
    <message>
      <source>the visitor log kept in Excel (.xlsx) or CSV</source>
      <translation>以 Excel (.xlsx) 或 CSV 记录的来访登记</translation>
    </message>
    <message>
      <source>{name} checked in at {time}.</source>
      <translation>{name} 已于 {time} 登记入场。</translation>
    </message>
    <message>
      <source>{name}'s visit of {when} is already in the visitor log (was this file imported before?).</source>
      <translation>{name} 于 {when} 的来访已在来访登记中（此文件是否已导入过？）。</translation>
    </message>
    <message>
      <source>{n} earlier visit(s), last {date}</source>
      <translation>此前来访 {n} 次，最近一次 {date}</translation>
    </message>
    <message>
      <source>{n} visit(s) not signed out on their day</source>
      <translation>{n} 条来访当天未签退</translation>
    </message>
    <message>
      <source>{n} visit(s) shown</source>
      <translation>显示 {n} 条来访记录</translation>
    </message>
    <message>
      <source>{n} visitor(s) on site</source>
      <translation>在场访客 {n} 人</translation>
    </message>
    <message>
      <source>{n} visitor(s) signed out.</source>
      <translation>已签退 {n} 位访客。</translation>
    </message>
    <message>
      <source>{who}: {reason} (listed {date})</source>
      <translation>{who}：{reason}（{date} 列入）</translation>
    </message>
  </context>
</TS>
