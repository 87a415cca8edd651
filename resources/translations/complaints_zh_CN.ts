<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
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
      <source>Case {no} is {here} and cannot go to {there}; next steps are: {next}.</source>
      <translation>案件{no}当前为“{here}”，不能转为“{there}”；可进行的下一步：{next}。</translation>
    </message>
    <message>
      <source>Cause</source>
      <translation>原因</translation>
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
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
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
      <source>Complaint: settle within (working days)</source>
      <translation>投诉：办结时限（工作日）</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉登记</translation>
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
      <source>Corrective measures</source>
      <translation>纠正对策</translation>
    </message>
    <message>
      <source>Course of events</source>
      <translation>经过</translation>
    </message>
    <message>
      <source>Customer's demand</source>
      <translation>客户要求</translation>
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
      <source>Every case gets a follow-up call before it is closed (100% follow-up).</source>
      <translation>每件投诉结案前都须回访（100%回访）。</translation>
    </message>
    <message>
      <source>Every case is handled, answered and followed up before it is closed.</source>
      <translation>每件投诉须经处理、答复和回访后才能结案。</translation>
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
      <source>Follow-up: {grade}</source>
      <translation>回访：{grade}</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>已回访</translation>
    </message>
    <message>
      <source>Give the reason the case is not accepted; it is told to the customer.</source>
      <translation>请填写不予受理的理由，该理由将告知客户。</translation>
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
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>Major</source>
      <translation>重大</translation>
    </message>
    <message>
      <source>Major case: escalated to the manager</source>
      <translation>重大投诉：已立即上报经理</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Not accepted</source>
      <translation>不予受理</translation>
    </message>
    <message>
      <source>Not satisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Only an opinion of a case in progress can be signed off (case {no} is {status}).</source>
      <translation>只能签批处理中案件的处理意见（案件{no}当前为“{status}”）。</translation>
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
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>答复内容</translation>
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
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Start handling it first (assign a handler).</source>
      <translation>请先开始处理（指定处理人）。</translation>
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
      <source>Taken by {name}</source>
      <translation>受理人：{name}</translation>
    </message>
    <message>
      <source>The case has been answered and followed up; close it instead.</source>
      <translation>该案已答复并回访，请直接结案。</translation>
    </message>
    <message>
      <source>The complaint register is not built yet.</source>
      <translation>投诉登记尚未建成。</translation>
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
      <source>The investigation is recorded while the case is in progress (case {no} is {status}).</source>
      <translation>调查记录须在处理中填写（案件{no}当前为“{status}”）。</translation>
    </message>
    <message>
      <source>The received time is in the future. Enter when the complaint actually came in.</source>
      <translation>受理时间晚于当前时间。请填写实际收到投诉的时间。</translation>
    </message>
    <message>
      <source>There is no complaint {no}. Check the number (format TS-2026-0001).</source>
      <translation>没有编号为{no}的投诉。请核对编号（格式 TS-2026-0001）。</translation>
    </message>
    <message>
      <source>Unknown status '{s}'.</source>
      <translation>未知状态“{s}”。</translation>
    </message>
    <message>
      <source>Very satisfied</source>
      <translation>非常满意</translation>
    </message>
    <message>
      <source>Working day</source>
      <translation>工作日</translation>
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
      <source>re-opened (repeated complaint)</source>
      <translation>已重新处理（重复投诉）</translation>
    </message>
    <message>
      <source>{name} is the person complained about and cannot handle this case (recusal). Choose another handler.</source>
      <translation>{name}是被投诉人，须回避，不能处理此案。请另选处理人。</translation>
    </message>
    <message>
      <source>{name}'s account is disabled. Choose an active colleague.</source>
      <translation>{name}的账号已停用。请选择在职同事。</translation>
    </message>
  </context>
</TS>
