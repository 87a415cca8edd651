<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>'{no}' is not a complaint number; use TS-2024-0001 or leave it empty for a new number.</source>
      <translation>“{no}”不是投诉编号；请写成 TS-2024-0001，或留空以分配新编号。</translation>
    </message>
    <message>
      <source>'{v}' is not a time of day. Write it as 2024-03-05 14:30.</source>
      <translation>“{v}”不是有效的时间。请写成 2024-03-05 14:30 这样的格式。</translation>
    </message>
    <message>
      <source>(assign later)</source>
      <translation>（稍后指定）</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>(nobody / not a colleague)</source>
      <translation>（无 / 非本单位员工）</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>已受理件数</translation>
    </message>
    <message>
      <source>Add / change</source>
      <translation>添加/修改</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Any deadline</source>
      <translation>不限期限</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>不限时间</translation>
    </message>
    <message>
      <source>Assign handler</source>
      <translation>指定处理人</translation>
    </message>
    <message>
      <source>Average handling time</source>
      <translation>平均处理时长</translation>
    </message>
    <message>
      <source>Average time to first answer</source>
      <translation>平均首次答复用时</translation>
    </message>
    <message>
      <source>Bring in the complaints of an existing Excel register (checked first, all or nothing) (Ctrl+I)</source>
      <translation>导入现有 Excel 台账中的投诉（先检查，全部导入或全部不导入）（Ctrl+I）</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>按类别</translation>
    </message>
    <message>
      <source>By channel</source>
      <translation>按渠道</translation>
    </message>
    <message>
      <source>By severity</source>
      <translation>按严重程度</translation>
    </message>
    <message>
      <source>By status</source>
      <translation>按状态</translation>
    </message>
    <message>
      <source>By type</source>
      <translation>按类型</translation>
    </message>
    <message>
      <source>Case {no} has no handling opinion yet; the handler writes it before the manager signs.</source>
      <translation>案件{no}尚无处理意见；须由处理人填写后经理才能签批。</translation>
    </message>
    <message>
      <source>Case {no} is about you, so you cannot open or handle it (recusal). A manager or a colleague will handle it.</source>
      <translation>案件{no}投诉的是您本人，您须回避，不能查看或处理。将由经理或其他同事处理。</translation>
    </message>
    <message>
      <source>Case {no} is already {here}; it cannot become {there}. Register a new complaint if the customer comes back.</source>
      <translation>案件{no}已是“{here}”状态，不能再改为“{there}”。如客户再次反映，请重新登记投诉。</translation>
    </message>
    <message>
      <source>Case {no} is finished.</source>
      <translation>案件{no}已办结。</translation>
    </message>
    <message>
      <source>Case {no} is finished; its handler can no longer change.</source>
      <translation>案件{no}已办结，不能再更换处理人。</translation>
    </message>
    <message>
      <source>Case {no} is finished; its intake can no longer be changed.</source>
      <translation>案件{no}已办结，登记内容不能再修改。</translation>
    </message>
    <message>
      <source>Case {no} is {here} and cannot go to {there}; next steps are: {next}.</source>
      <translation>案件{no}当前为“{here}”，不能转为“{there}”；可进行的下一步：{next}。</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <source>Cases received</source>
      <translation>受理总数</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Cause</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Change the handler in the case window (Assign handler).</source>
      <translation>请在案件窗口中更换处理人（指定处理人）。</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Choose at least one complaint to print.</source>
      <translation>请至少选择一件投诉进行打印。</translation>
    </message>
    <message>
      <source>Choose the customer's satisfaction: very satisfied, satisfied, neutral or not satisfied.</source>
      <translation>请选择客户满意度：非常满意、满意、一般或不满意。</translation>
    </message>
    <message>
      <source>Choose the handler who will deal with case {no}.</source>
      <translation>请为案件{no}指定处理人。</translation>
    </message>
    <message>
      <source>Choose the severity: general or major.</source>
      <translation>请选择严重程度：一般或重大。</translation>
    </message>
    <message>
      <source>Choose the type: complaint, report, suggestion or enquiry.</source>
      <translation>请选择类型：投诉、举报、建议或咨询。</translation>
    </message>
    <message>
      <source>Choose whether the day is a holiday or a working day.</source>
      <translation>请选择该日是节假日还是工作日。</translation>
    </message>
    <message>
      <source>Close the case</source>
      <translation>结案</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>关闭窗口</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Closed at</source>
      <translation>结案时间</translation>
    </message>
    <message>
      <source>Closed on time</source>
      <translation>按时结案</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Complainant (accepts the handling)</source>
      <translation>投诉人（认可处理结果）</translation>
    </message>
    <message>
      <source>Complainant: {name}  {contact}   Category: {cat}   Person complained about: {acc}</source>
      <translation>投诉人：{name}  {contact}   类别：{cat}   被投诉人：{acc}</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Complaint actions</source>
      <translation>投诉操作</translation>
    </message>
    <message>
      <source>Complaint categories (one per line)</source>
      <translation>投诉类别（每行一项）</translation>
    </message>
    <message>
      <source>Complaint channels (one per line)</source>
      <translation>投诉渠道（每行一项）</translation>
    </message>
    <message>
      <source>Complaint figures</source>
      <translation>投诉统计</translation>
    </message>
    <message>
      <source>Complaint figures of a month…</source>
      <translation>月度投诉统计…</translation>
    </message>
    <message>
      <source>Complaint figures {month}</source>
      <translation>投诉统计 {month}</translation>
    </message>
    <message>
      <source>Complaint figures {period}</source>
      <translation>投诉统计 {period}</translation>
    </message>
    <message>
      <source>Complaint filters</source>
      <translation>投诉筛选</translation>
    </message>
    <message>
      <source>Complaint list</source>
      <translation>投诉列表</translation>
    </message>
    <message>
      <source>Complaint record sheets</source>
      <translation>投诉登记表</translation>
    </message>
    <message>
      <source>Complaint record sheets (selected)…</source>
      <translation>投诉登记表（所选）…</translation>
    </message>
    <message>
      <source>Complaint register</source>
      <translation>投诉台账</translation>
    </message>
    <message>
      <source>Complaint register (Excel or CSV)…</source>
      <translation>投诉台账（Excel 或 CSV）…</translation>
    </message>
    <message>
      <source>Complaint register (Excel)…</source>
      <translation>投诉台账（Excel）…</translation>
    </message>
    <message>
      <source>Complaint register (PDF)…</source>
      <translation>投诉台账（PDF）…</translation>
    </message>
    <message>
      <source>Complaint register {period}</source>
      <translation>投诉台账 {period}</translation>
    </message>
    <message>
      <source>Complaint {no}</source>
      <translation>投诉 {no}</translation>
    </message>
    <message>
      <source>Complaint {no} is already in the register.</source>
      <translation>投诉{no}已在台账中。</translation>
    </message>
    <message>
      <source>Complaint {no} registered. Settle by {date}.</source>
      <translation>投诉{no}已登记，办结期限 {date}。</translation>
    </message>
    <message>
      <source>Complaint: settle within (working days)</source>
      <translation>投诉：办结时限（工作日）</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉登记</translation>
    </message>
    <message>
      <source>Complaints: {overdue} overdue, {today} due today</source>
      <translation>投诉：{overdue}件逾期，{today}件今日到期</translation>
    </message>
    <message>
      <source>Complaints: {overdue} overdue, {today} due today.</source>
      <translation>投诉：{overdue}件逾期，{today}件今日到期。</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>结论</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>Content of the complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>Content: {text}</source>
      <translation>投诉内容：{text}</translation>
    </message>
    <message>
      <source>Correct intake…</source>
      <translation>更正登记内容…</translation>
    </message>
    <message>
      <source>Correct the intake of {no}</source>
      <translation>更正{no}的登记内容</translation>
    </message>
    <message>
      <source>Corrective measures</source>
      <translation>纠正对策</translation>
    </message>
    <message>
      <source>Course of events</source>
      <translation>经过</translation>
    </message>
    <message>
      <source>Customer complaint record sheet</source>
      <translation>客户投诉登记表/处理单</translation>
    </message>
    <message>
      <source>Customer file</source>
      <translation>客户档案</translation>
    </message>
    <message>
      <source>Customer's demand</source>
      <translation>客户要求</translation>
    </message>
    <message>
      <source>Customer's demand: {text}</source>
      <translation>客户要求：{text}</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Deadline filter</source>
      <translation>期限筛选</translation>
    </message>
    <message>
      <source>Due today</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <source>Enquiry</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>Enquiry: settle within (working days)</source>
      <translation>咨询：办结时限（工作日）</translation>
    </message>
    <message>
      <source>Enter the complainant's name (only a report may be anonymous).</source>
      <translation>请填写投诉人姓名（只有举报可以匿名）。</translation>
    </message>
    <message>
      <source>Enter the date of the extra day.</source>
      <translation>请填写该日期。</translation>
    </message>
    <message>
      <source>Escalated to manager</source>
      <translation>上报经理</translation>
    </message>
    <message>
      <source>Every case gets a follow-up call before it is closed (100% follow-up).</source>
      <translation>每件投诉结案前都须回访（100%回访）。</translation>
    </message>
    <message>
      <source>Every case is handled, answered and followed up before it is closed.</source>
      <translation>每件投诉须经处理、答复和回访后才能结案。</translation>
    </message>
    <message>
      <source>Extra days</source>
      <translation>补充日期</translation>
    </message>
    <message>
      <source>FILE.xlsx (register + figures) or FILE.pdf</source>
      <translation>FILE.xlsx（台账+统计）或 FILE.pdf</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>统计</translation>
    </message>
    <message>
      <source>First answer by {first}; settle by the end of {settle} ({n} working days).</source>
      <translation>首次答复期限 {first}；办结期限 {settle} 下班前（{n}个工作日）。</translation>
    </message>
    <message>
      <source>First answer due</source>
      <translation>首次答复期限</translation>
    </message>
    <message>
      <source>First answer given</source>
      <translation>首次答复时间</translation>
    </message>
    <message>
      <source>First answer to the customer within (hours)</source>
      <translation>首次答复客户时限（小时）</translation>
    </message>
    <message>
      <source>First answer: {note}</source>
      <translation>首次答复：{note}</translation>
    </message>
    <message>
      <source>Follow-up (satisfaction)</source>
      <translation>回访（满意度）</translation>
    </message>
    <message>
      <source>Follow-up note</source>
      <translation>回访记录</translation>
    </message>
    <message>
      <source>Follow-up: {grade}</source>
      <translation>回访：{grade}</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回访</translation>
    </message>
    <message>
      <source>Give either --month or --from/--to, not both.</source>
      <translation>请只给出 --month 或 --from/--to 其中一种，不能同时使用。</translation>
    </message>
    <message>
      <source>Give the period: --from DATE --to DATE, or --month YYYY-MM.</source>
      <translation>请给出期间：--from 日期 --to 日期，或 --month 年-月。</translation>
    </message>
    <message>
      <source>Give the reason the case is not accepted; it is told to the customer.</source>
      <translation>请填写不予受理的理由，该理由将告知客户。</translation>
    </message>
    <message>
      <source>Handler</source>
      <translation>处理人</translation>
    </message>
    <message>
      <source>Handler (no account): {name}</source>
      <translation>处理人（无账号）：{name}</translation>
    </message>
    <message>
      <source>Handler: {name}</source>
      <translation>处理人：{name}</translation>
    </message>
    <message>
      <source>Handling opinion</source>
      <translation>处理意见</translation>
    </message>
    <message>
      <source>Handling started by {name}</source>
      <translation>{name}开始处理</translation>
    </message>
    <message>
      <source>Holiday (day off)</source>
      <translation>节假日（休息）</translation>
    </message>
    <message>
      <source>Hours to first answer</source>
      <translation>首次答复用时（小时）</translation>
    </message>
    <message>
      <source>Import Excel register</source>
      <translation>导入 Excel 台账</translation>
    </message>
    <message>
      <source>Import Excel register…</source>
      <translation>导入 Excel 台账…</translation>
    </message>
    <message>
      <source>Imported from {file}</source>
      <translation>从{file}导入</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>Intake corrected: {fields}</source>
      <translation>登记内容已更正：{fields}</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>调查记录</translation>
    </message>
    <message>
      <source>Investigation and opinion</source>
      <translation>调查与处理意见</translation>
    </message>
    <message>
      <source>Investigation saved.</source>
      <translation>调查记录已保存。</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Known customer: {name} (file {no}); the complaint is linked to the file.</source>
      <translation>老客户：{name}（档案 {no}），投诉已关联该档案。</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <source>Major</source>
      <translation>重大</translation>
    </message>
    <message>
      <source>Major case</source>
      <translation>重大投诉</translation>
    </message>
    <message>
      <source>Major case: escalated to the manager</source>
      <translation>重大投诉：已立即上报经理</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Monthly figures</source>
      <translation>月度统计</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>New complaint</source>
      <translation>登记投诉</translation>
    </message>
    <message>
      <source>New complaint…</source>
      <translation>新登记投诉…</translation>
    </message>
    <message>
      <source>Next month ▶</source>
      <translation>下月 ▶</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>No cases</source>
      <translation>无案件</translation>
    </message>
    <message>
      <source>No complaints in this period.</source>
      <translation>本期间没有投诉。</translation>
    </message>
    <message>
      <source>No holiday schedule is known for {years}: deadlines there count only weekends.</source>
      <translation>{years}年的节假日安排未知：期限只扣除周末。</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Not accepted…</source>
      <translation>不予受理…</translation>
    </message>
    <message>
      <source>Not closed by its deadline, or the first answer is late</source>
      <translation>未在期限内办结，或首次答复已超时</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Not satisfied: {no} is re-opened as a repeated, major case.</source>
      <translation>回访不满意：{no}已作为重复、重大投诉重新处理。</translation>
    </message>
    <message>
      <source>Not signed off yet</source>
      <translation>尚未签批</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Number {no} appears twice in the file (rows {a} and {b}).</source>
      <translation>编号{no}在文件中出现两次（第{a}行和第{b}行）。</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>是否按时</translation>
    </message>
    <message>
      <source>On-time closure rate</source>
      <translation>按时结案率</translation>
    </message>
    <message>
      <source>Only a manager or administrator can change the calendar.</source>
      <translation>只有经理或管理员可以修改日历。</translation>
    </message>
    <message>
      <source>Only an opinion of a case in progress can be signed off (case {no} is {status}).</source>
      <translation>只能签批处理中案件的处理意见（案件{no}当前为“{status}”）。</translation>
    </message>
    <message>
      <source>Only the receiver, the handler or a manager may correct the intake of {no}: it shows who complained.</source>
      <translation>只有受理人、处理人或经理可以更正 {no} 的受理信息：其中包含投诉人身份。</translation>
    </message>
    <message>
      <source>Open a customer file if the phone is new</source>
      <translation>电话为新号码时建立客户档案</translation>
    </message>
    <message>
      <source>Open and overdue</source>
      <translation>未结且已逾期</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation>打开案件</translation>
    </message>
    <message>
      <source>Open cases</source>
      <translation>未结案件</translation>
    </message>
    <message>
      <source>Opinion changed: the manager's sign-off was withdrawn</source>
      <translation>处理意见已修改：经理签批已撤销</translation>
    </message>
    <message>
      <source>Opinion signed off by {name}</source>
      <translation>处理意见已由{name}签批</translation>
    </message>
    <message>
      <source>Ordinary</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Other person complained about</source>
      <translation>其他被投诉人</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Overdue or due today</source>
      <translation>已逾期或今日到期</translation>
    </message>
    <message>
      <source>PDF: only the monthly figures, not the register</source>
      <translation>PDF：只输出月度统计，不含台账</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Person complained about</source>
      <translation>被投诉人</translation>
    </message>
    <message>
      <source>Person responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Preventive measures</source>
      <translation>防范措施</translation>
    </message>
    <message>
      <source>Print figures…</source>
      <translation>打印统计…</translation>
    </message>
    <message>
      <source>Print sheets…</source>
      <translation>打印登记表…</translation>
    </message>
    <message>
      <source>Print sheet…</source>
      <translation>打印登记表…</translation>
    </message>
    <message>
      <source>Print the record sheet of every selected case (one page each)</source>
      <translation>打印所选每件投诉的登记表（每件一页）</translation>
    </message>
    <message>
      <source>Re-opened</source>
      <translation>重新处理</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Reason not accepted</source>
      <translation>不予受理理由</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Received in</source>
      <translation>受理期间</translation>
    </message>
    <message>
      <source>Receiving clerk</source>
      <translation>受理人</translation>
    </message>
    <message>
      <source>Record first answer</source>
      <translation>登记首次答复</translation>
    </message>
    <message>
      <source>Record follow-up call</source>
      <translation>登记回访</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>台账</translation>
    </message>
    <message>
      <source>Rejected rows written to {path}</source>
      <translation>被拒绝的行已写入{path}</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <source>Repeated (re-opened) cases</source>
      <translation>重复投诉（重新处理）件数</translation>
    </message>
    <message>
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>Replied at</source>
      <translation>答复时间</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>Reply and follow-up</source>
      <translation>答复与回访</translation>
    </message>
    <message>
      <source>Reply to the customer</source>
      <translation>答复客户</translation>
    </message>
    <message>
      <source>Reply to the customer and make the follow-up call first.</source>
      <translation>请先答复客户并完成回访。</translation>
    </message>
    <message>
      <source>Reply to the customer first.</source>
      <translation>请先答复客户。</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>举报</translation>
    </message>
    <message>
      <source>Report: settle within (working days)</source>
      <translation>举报：办结时限（工作日）</translation>
    </message>
    <message>
      <source>Responsible departments (one per line)</source>
      <translation>责任部门（每行一项）</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Satisfaction rate</source>
      <translation>满意率</translation>
    </message>
    <message>
      <source>Satisfaction: {grade}</source>
      <translation>满意度：{grade}</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Save as Excel…</source>
      <translation>另存为 Excel…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <source>Save investigation</source>
      <translation>保存调查记录</translation>
    </message>
    <message>
      <source>Save opinion</source>
      <translation>保存处理意见</translation>
    </message>
    <message>
      <source>Save sheet as PDF…</source>
      <translation>登记表另存为 PDF…</translation>
    </message>
    <message>
      <source>Save sheets as PDF…</source>
      <translation>登记表另存为 PDF…</translation>
    </message>
    <message>
      <source>Search complaints</source>
      <translation>搜索投诉</translation>
    </message>
    <message>
      <source>Search number, content, complainant…</source>
      <translation>搜索编号、内容、投诉人…</translation>
    </message>
    <message>
      <source>Select the complaints to print in the list first (Ctrl+click or Shift+click for several).</source>
      <translation>请先在列表中选择要打印的投诉（按住 Ctrl 或 Shift 单击可多选）。</translation>
    </message>
    <message>
      <source>Send reply (customer answered)</source>
      <translation>答复客户（已告知）</translation>
    </message>
    <message>
      <source>Settle by</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Show them</source>
      <translation>查看</translation>
    </message>
    <message>
      <source>Sign off (manager)</source>
      <translation>签批（经理）</translation>
    </message>
    <message>
      <source>Signed off at</source>
      <translation>签批时间</translation>
    </message>
    <message>
      <source>Signed off by</source>
      <translation>签批人</translation>
    </message>
    <message>
      <source>Signed off by {name} on {ts}</source>
      <translation>{name}于{ts}签批</translation>
    </message>
    <message>
      <source>Start handling</source>
      <translation>开始处理</translation>
    </message>
    <message>
      <source>Start handling it first (assign a handler).</source>
      <translation>请先开始处理（指定处理人）。</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>状态筛选</translation>
    </message>
    <message>
      <source>Status history</source>
      <translation>状态记录</translation>
    </message>
    <message>
      <source>Status: {status}   Handler: {handler}   First answer due {first} (given {given})   Settle by {settle}   {flag}</source>
      <translation>状态：{status}   处理人：{handler}   首次答复期限 {first}（已答复 {given}）   办结期限 {settle}   {flag}</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Suggestion: settle within (working days)</source>
      <translation>建议：办结时限（工作日）</translation>
    </message>
    <message>
      <source>Take a new complaint (Ctrl+N)</source>
      <translation>登记新投诉（Ctrl+N）</translation>
    </message>
    <message>
      <source>Taken by {name}</source>
      <translation>受理人：{name}</translation>
    </message>
    <message>
      <source>The case has been answered and followed up; close it instead.</source>
      <translation>该案已答复并回访，请直接结案。</translation>
    </message>
    <message>
      <source>The complaint register (投诉台账) kept in Excel (.xlsx) or CSV. The header row is found by its names (投诉编号, 受理时间, 投诉人, 投诉内容, 处理状态…). A number in the sheet is kept; rows without one get the next number.</source>
      <translation>以 Excel（.xlsx）或 CSV 保存的投诉台账。表头行按列名自动识别（投诉编号、受理时间、投诉人、投诉内容、处理状态…）。表中已有的编号保留；没有编号的行按顺序取下一个编号。</translation>
    </message>
    <message>
      <source>The content of the complaint is empty.</source>
      <translation>投诉内容为空。</translation>
    </message>
    <message>
      <source>The customer has already been answered; record the follow-up instead.</source>
      <translation>已答复客户，请改为登记回访。</translation>
    </message>
    <message>
      <source>The customer must have been answered before the follow-up call.</source>
      <translation>回访前须先答复客户。</translation>
    </message>
    <message>
      <source>The deadline is today</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <source>The first answer of case {no} was already given on {ts}.</source>
      <translation>案件{no}已于{ts}首次答复。</translation>
    </message>
    <message>
      <source>The handling opinion is written while the case is in progress (case {no} is {status}).</source>
      <translation>处理意见须在处理中填写（案件{no}当前为“{status}”）。</translation>
    </message>
    <message>
      <source>The handling opinion of case {no} must be signed off by a manager before the customer is answered.</source>
      <translation>案件{no}的处理意见须经经理签批后才能答复客户。</translation>
    </message>
    <message>
      <source>The holiday calendar for {years} is not known yet: deadlines there count only weekends. A manager can enter the holidays under Working-day calendar….</source>
      <translation>{years}年的节假日安排尚未知：这些年份的期限只扣除周末。经理可在“工作日日历…”中录入节假日。</translation>
    </message>
    <message>
      <source>The investigation is recorded while the case is in progress (case {no} is {status}).</source>
      <translation>调查记录须在处理中填写（案件{no}当前为“{status}”）。</translation>
    </message>
    <message>
      <source>The output file must end in .xlsx or .pdf: {path}</source>
      <translation>输出文件须以 .xlsx 或 .pdf 结尾：{path}</translation>
    </message>
    <message>
      <source>The period ends ({to}) before it starts ({start}). Swap the dates.</source>
      <translation>结束日期（{to}）早于开始日期（{start}）。请对调两个日期。</translation>
    </message>
    <message>
      <source>The received date is missing.</source>
      <translation>缺少受理日期。</translation>
    </message>
    <message>
      <source>The received time is in the future. Enter when the complaint actually came in.</source>
      <translation>受理时间晚于当前时间。请填写实际收到投诉的时间。</translation>
    </message>
    <message>
      <source>The sheet has no column for: {cols}. Name the columns in the header row (e.g. 受理时间, 投诉内容).</source>
      <translation>工作表缺少以下列：{cols}。请在表头行写明列名（如 受理时间、投诉内容）。</translation>
    </message>
    <message>
      <source>There is no complaint {no}. Check the number (format TS-2026-0001).</source>
      <translation>没有编号为{no}的投诉。请核对编号（格式 TS-2026-0001）。</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Type filter</source>
      <translation>类型筛选</translation>
    </message>
    <message>
      <source>Type: {kind}   Received: {ts}</source>
      <translation>类型：{kind}   受理时间：{ts}</translation>
    </message>
    <message>
      <source>Unknown satisfaction '{v}': use 非常满意, 满意, 一般 or 不满意.</source>
      <translation>未知的满意度“{v}”：请填写 非常满意、满意、一般 或 不满意。</translation>
    </message>
    <message>
      <source>Unknown severity '{v}': use 一般 or 重大.</source>
      <translation>未知的严重程度“{v}”：请填写 一般 或 重大。</translation>
    </message>
    <message>
      <source>Unknown status '{s}'.</source>
      <translation>未知状态“{s}”。</translation>
    </message>
    <message>
      <source>Unknown status '{v}': use 受理, 处理中, 已答复, 已回访, 结案 or 不予受理.</source>
      <translation>未知的状态“{v}”：请填写 受理、处理中、已答复、已回访、结案 或 不予受理。</translation>
    </message>
    <message>
      <source>Unknown type '{v}': use 投诉, 举报, 建议 or 咨询.</source>
      <translation>未知的类型“{v}”：请填写 投诉、举报、建议 或 咨询。</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Very satisfied</source>
      <translation>非常满意</translation>
    </message>
    <message>
      <source>Weekends and China's public holidays (with swapped working days) come from the calendar library. Enter here the days it does not know: next year's holidays before the library is updated, or an office day off.</source>
      <translation>周末和国家法定节假日（含调休上班日）来自日历库。日历库尚不知道的日期请在此录入：如日历库更新前的下一年节假日，或本单位的休息日。</translation>
    </message>
    <message>
      <source>What was done or told to the customer; the reason when not accepted</source>
      <translation>所做处理或告知客户的内容；不予受理时填写理由</translation>
    </message>
    <message>
      <source>Working day</source>
      <translation>工作日</translation>
    </message>
    <message>
      <source>Working days taken</source>
      <translation>用时（工作日）</translation>
    </message>
    <message>
      <source>Working-day calendar</source>
      <translation>工作日日历</translation>
    </message>
    <message>
      <source>Working-day calendar…</source>
      <translation>工作日日历…</translation>
    </message>
    <message>
      <source>Write down what the customer says (the content of the complaint).</source>
      <translation>请填写客户反映的内容（投诉内容）。</translation>
    </message>
    <message>
      <source>Write what the customer was told.</source>
      <translation>请填写告知客户的内容。</translation>
    </message>
    <message>
      <source>Wrote {n} sheet(s) to {path}</source>
      <translation>已将{n}张登记表写入{path}</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>已写入{path}</translation>
    </message>
    <message>
      <source>a whole month instead of --from/--to</source>
      <translation>整月（代替 --from/--to）</translation>
    </message>
    <message>
      <source>check every row and report, write nothing</source>
      <translation>检查每一行并报告，不写入任何数据</translation>
    </message>
    <message>
      <source>complaint number(s), e.g. TS-2026-0001</source>
      <translation>投诉编号（可多个），如 TS-2026-0001</translation>
    </message>
    <message>
      <source>export the complaint register (台账) and figures for a period</source>
      <translation>导出某期间的投诉台账和统计</translation>
    </message>
    <message>
      <source>first day received (e.g. 2026-03-01)</source>
      <translation>受理起始日期（如 2026-03-01）</translation>
    </message>
    <message>
      <source>give a date like 2026-03-01</source>
      <translation>请给出日期，如 2026-03-01</translation>
    </message>
    <message>
      <source>give a month like 2026-03, not {v}</source>
      <translation>请给出月份，如 2026-03，而不是 {v}</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>if not a colleague with an account</source>
      <translation>如被投诉人不是有账号的员工</translation>
    </message>
    <message>
      <source>import the complaint register kept in Excel or CSV</source>
      <translation>导入以 Excel 或 CSV 记录的投诉台账</translation>
    </message>
    <message>
      <source>import the good rows even if some rows have errors</source>
      <translation>即使部分行有错误，也导入正确的行</translation>
    </message>
    <message>
      <source>last day received (inclusive)</source>
      <translation>受理截止日期（含当天）</translation>
    </message>
    <message>
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>mobile, landline or e-mail</source>
      <translation>手机、座机或电子邮箱</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>on time</source>
      <translation>按时</translation>
    </message>
    <message>
      <source>print complaint record sheets to a PDF</source>
      <translation>将投诉登记表打印为 PDF</translation>
    </message>
    <message>
      <source>re-opened (repeated complaint)</source>
      <translation>已重新处理（重复投诉）</translation>
    </message>
    <message>
      <source>the PDF to write (one sheet per case)</source>
      <translation>要写入的 PDF（每件一张登记表）</translation>
    </message>
    <message>
      <source>the existing complaint register (Excel or CSV)</source>
      <translation>现有的投诉台账（Excel 或 CSV）</translation>
    </message>
    <message>
      <source>working days</source>
      <translation>个工作日</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>{date} ({n} working days)</source>
      <translation>{date}（{n}个工作日）</translation>
    </message>
    <message>
      <source>{name} handles this case. Assign another handler first, then name them as the person complained about (recusal).</source>
      <translation>{name}是本案处理人。请先另行指定处理人，再将其登记为被投诉人（回避）。</translation>
    </message>
    <message>
      <source>{name} is the person complained about and cannot handle this case (recusal). Choose another handler.</source>
      <translation>{name}是被投诉人，须回避，不能处理此案。请另选处理人。</translation>
    </message>
    <message>
      <source>{name}'s account is disabled. Choose an active colleague.</source>
      <translation>{name}的账号已停用。请选择在职同事。</translation>
    </message>
    <message>
      <source>{no} is a major case: it was escalated to the manager. Tell the manager now.</source>
      <translation>{no}为重大投诉，已上报经理。请立即告知经理。</translation>
    </message>
    <message>
      <source>{no} — {kind}, {severity}, received {ts} by {clerk}; channel: {channel}</source>
      <translation>{no} — {kind}，{severity}，{ts} 由{clerk}受理；渠道：{channel}</translation>
    </message>
    <message>
      <source>{n} cases</source>
      <translation>共{n}件</translation>
    </message>
    <message>
      <source>{n} time(s) after an unsatisfied follow-up</source>
      <translation>回访不满意后重新处理{n}次</translation>
    </message>
    <message>
      <source>{overdue} complaint(s) overdue, {today} due today, {major} major case(s) open.</source>
      <translation>{overdue}件投诉已逾期，{today}件今日到期，{major}件重大投诉未结。</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>……另有{n}条</translation>
    </message>
    <message>
      <source>◀ Previous month</source>
      <translation>◀ 上月</translation>
    </message>
  </context>
</TS>
