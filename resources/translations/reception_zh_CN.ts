<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>#</source>
      <translation>序</translation>
    </message>
    <message>
      <source>(by the rules: owner or queue)</source>
      <translation>（按规则：归属顾问或轮序）</translation>
    </message>
    <message>
      <source>(not the owner: protection unchanged)</source>
      <translation>（非归属顾问：保护期不变）</translation>
    </message>
    <message>
      <source>(serving another visitor now)</source>
      <translation>（正在接待其他客户）</translation>
    </message>
    <message>
      <source>A customer cannot be linked to themselves.</source>
      <translation>客户不能与本人关联。</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation>渠道公司</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>渠道经纪人</translation>
    </message>
    <message>
      <source>Agent-brought</source>
      <translation>渠道带访</translation>
    </message>
    <message>
      <source>Asked for this consultant by name</source>
      <translation>客户指定该顾问</translation>
    </message>
    <message>
      <source>Assigned by</source>
      <translation>分配方式</translation>
    </message>
    <message>
      <source>Assigned by a manager</source>
      <translation>经理指派</translation>
    </message>
    <message>
      <source>Attachment: visits received</source>
      <translation>附：接待明细</translation>
    </message>
    <message>
      <source>Away</source>
      <translation>离岗</translation>
    </message>
    <message>
      <source>Away…</source>
      <translation>离岗…</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>返岗</translation>
    </message>
    <message>
      <source>Back on duty</source>
      <translation>返岗</translation>
    </message>
    <message>
      <source>By consultant</source>
      <translation>按顾问</translation>
    </message>
    <message>
      <source>By source</source>
      <translation>按来源</translation>
    </message>
    <message>
      <source>Came by</source>
      <translation>来访方式</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>子女</translation>
    </message>
    <message>
      <source>Choose how the visitor came: walk-in, phone enquiry, agent or owner referral.</source>
      <translation>请选择来访方式：自然到访、来电、渠道带访或老带新。</translation>
    </message>
    <message>
      <source>Choose the consultant the visitor asked for.</source>
      <translation>请选择客户指定的顾问。</translation>
    </message>
    <message>
      <source>Choose the consultant who serves this visitor.</source>
      <translation>请选择接待该客户的顾问。</translation>
    </message>
    <message>
      <source>Choose the existing customer who referred this visitor (老带新).</source>
      <translation>请选择推荐该客户的老业主（老带新）。</translation>
    </message>
    <message>
      <source>Choose the family relation from the list.</source>
      <translation>请从列表中选择家庭关系。</translation>
    </message>
    <message>
      <source>Chosen at the desk (no queue)</source>
      <translation>前台指定（未启用轮序）</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>主张</translation>
    </message>
    <message>
      <source>Claim (what proves it)</source>
      <translation>主张理由（凭据）</translation>
    </message>
    <message>
      <source>Claimed by</source>
      <translation>主张顾问</translation>
    </message>
    <message>
      <source>Claimed from the open pool</source>
      <translation>从公共客户池认领</translation>
    </message>
    <message>
      <source>Consultant to sign in</source>
      <translation>签到顾问</translation>
    </message>
    <message>
      <source>Consultants serving</source>
      <translation>接待顾问人数</translation>
    </message>
    <message>
      <source>Customer's phone</source>
      <translation>客户电话</translation>
    </message>
    <message>
      <source>Customer: {name} ({no})</source>
      <translation>客户：{name}（{no}）</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <source>Daily reception summary</source>
      <translation>案场日报</translation>
    </message>
    <message>
      <source>Daily reception summary as Excel…</source>
      <translation>案场日报另存为 Excel…</translation>
    </message>
    <message>
      <source>Daily reception summary as PDF…</source>
      <translation>案场日报另存为 PDF…</translation>
    </message>
    <message>
      <source>Daily reception summary for {day} written to {path}</source>
      <translation>{day} 的案场日报已保存到 {path}</translation>
    </message>
    <message>
      <source>Daily reception summary {date}</source>
      <translation>案场日报 {date}</translation>
    </message>
    <message>
      <source>Daily reception summary…</source>
      <translation>案场日报…</translation>
    </message>
    <message>
      <source>Decide for the owner or the claimant (or the open pool).</source>
      <translation>请裁定给原归属顾问或申诉顾问（或放入公共客户池）。</translation>
    </message>
    <message>
      <source>Dispute decided</source>
      <translation>判客已裁定</translation>
    </message>
    <message>
      <source>Dispute: {customer} — owner {owner}, claimed by {claimant}</source>
      <translation>判客：{customer} — 归属 {owner}，{claimant} 主张</translation>
    </message>
    <message>
      <source>Done serving</source>
      <translation>接待完毕</translation>
    </message>
    <message>
      <source>Enter the agent who brought the visitor (渠道/分销).</source>
      <translation>请填写带访的渠道经纪人（渠道/分销）。</translation>
    </message>
    <message>
      <source>Enter the visitor's name: a first visit opens a customer file.</source>
      <translation>请填写来访人姓名：首访将建立客户档案。</translation>
    </message>
    <message>
      <source>Enter when the agent registered this customer in advance (报备时间).</source>
      <translation>请填写渠道报备时间。</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证据</translation>
    </message>
    <message>
      <source>Evidence / decide…</source>
      <translation>查看证据 / 裁定…</translation>
    </message>
    <message>
      <source>Excel…</source>
      <translation>Excel…</translation>
    </message>
    <message>
      <source>Exhibition</source>
      <translation>展会</translation>
    </message>
    <message>
      <source>FILE.pdf or FILE.xlsx</source>
      <translation>FILE.pdf 或 FILE.xlsx</translation>
    </message>
    <message>
      <source>First visit</source>
      <translation>首访</translation>
    </message>
    <message>
      <source>First visit: {time}, served by {name}</source>
      <translation>首访：{time}，接待顾问 {name}</translation>
    </message>
    <message>
      <source>First visits</source>
      <translation>首访</translation>
    </message>
    <message>
      <source>First/return</source>
      <translation>首访/复访</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>跟进</translation>
    </message>
    <message>
      <source>Follow-ups and ownership log:</source>
      <translation>跟进与归属日志：</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <source>Friend or relative</source>
      <translation>亲友介绍</translation>
    </message>
    <message>
      <source>Front desk (signature)</source>
      <translation>前台（签字）</translation>
    </message>
    <message>
      <source>Give the reason for changing the owner; it is kept in the ownership log.</source>
      <translation>请填写变更归属的原因，它将记入归属日志。</translation>
    </message>
    <message>
      <source>Give the reason for changing the queue order; it is kept in the queue log.</source>
      <translation>请填写调整轮序的原因，它将记入轮序日志。</translation>
    </message>
    <message>
      <source>Give the reason for the decision; it is kept with the dispute.</source>
      <translation>请填写裁定理由，它将随判客记录保存。</translation>
    </message>
    <message>
      <source>Give to the claimant {name}</source>
      <translation>判给主张方 {name}</translation>
    </message>
    <message>
      <source>Goes to the owner {name}.</source>
      <translation>由归属顾问 {name} 接待。</translation>
    </message>
    <message>
      <source>Goes to {name} (chosen at the desk).</source>
      <translation>由 {name} 接待（前台指定）。</translation>
    </message>
    <message>
      <source>Goes to {name}, asked for by name ({name} gives up the next regular turn).</source>
      <translation>由 {name} 接待，客户指定（{name} 让出下一个轮次）。</translation>
    </message>
    <message>
      <source>Heard of us through</source>
      <translation>获知渠道</translation>
    </message>
    <message>
      <source>In</source>
      <translation>到访</translation>
    </message>
    <message>
      <source>Keep with the owner {name}</source>
      <translation>维持归属 {name}</translation>
    </message>
    <message>
      <source>Known customer {name} ({no}): return visit.</source>
      <translation>老客户 {name}（{no}）：复访。</translation>
    </message>
    <message>
      <source>Manager (signature)</source>
      <translation>经理（签字）</translation>
    </message>
    <message>
      <source>Managers only: set the queue order, with a reason</source>
      <translation>仅限经理：调整轮序，须填写原因</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>媒体渠道</translation>
    </message>
    <message>
      <source>Media where visitors heard of us (one per line)</source>
      <translation>客户获知渠道（每行一项）</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <source>Move the selected consultant with Ctrl+Up / Ctrl+Down (or drag). The reason is kept in the queue log.</source>
      <translation>用 Ctrl+↑ / Ctrl+↓（或拖动）移动所选顾问。原因将记入轮序日志。</translation>
    </message>
    <message>
      <source>Neither: return to the open pool</source>
      <translation>均不归属：放回公共客户池</translation>
    </message>
    <message>
      <source>New customer: first visit (a customer file is opened).</source>
      <translation>新客户：首访（将建立客户档案）。</translation>
    </message>
    <message>
      <source>Newspaper</source>
      <translation>报纸</translation>
    </message>
    <message>
      <source>Next in the queue: {name}.</source>
      <translation>轮序下一位：{name}。</translation>
    </message>
    <message>
      <source>Next new customer: {name}</source>
      <translation>下一位新客户：{name}</translation>
    </message>
    <message>
      <source>No consultant has signed in today: sign them in at the sales reception panel (F9).</source>
      <translation>今天还没有顾问签到：请在案场接待面板（F9）为顾问签到。</translation>
    </message>
    <message>
      <source>No consultant has signed in today: visitors are registered without a consultant. Sign consultants in at the sales reception panel (F9).</source>
      <translation>今天还没有顾问签到：来访将不分配顾问登记。请在案场接待面板（F9）为顾问签到。</translation>
    </message>
    <message>
      <source>No consultant on duty is free: everyone is serving a visitor, away or signed off. Ask the customer to wait, choose a consultant by hand, or untick ‘Sales visit’ to register the visitor without a consultant.</source>
      <translation>没有空闲的在岗顾问：都在接待、离岗或已下班。请客户稍候、手动选择顾问，或取消勾选“案场来访”以不分配顾问登记来访。</translation>
    </message>
    <message>
      <source>No customer file has this phone.</source>
      <translation>没有客户档案使用此电话。</translation>
    </message>
    <message>
      <source>No customer file has this phone. Type the referring customer's phone.</source>
      <translation>没有客户档案使用此电话。请输入推荐人的电话。</translation>
    </message>
    <message>
      <source>No first-visit record at the desk (file opened elsewhere on {date}).</source>
      <translation>前台无首访记录（档案于 {date} 在别处建立）。</translation>
    </message>
    <message>
      <source>No owner (open pool): whoever serves them now becomes the owner.</source>
      <translation>无归属（公共客户池）：本次接待的顾问将成为归属顾问。</translation>
    </message>
    <message>
      <source>No visits received this day.</source>
      <translation>当日无接待。</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Nobody has signed in today. Sign the consultants in as they arrive.</source>
      <translation>今天还没有顾问签到。顾问到岗时请为其签到。</translation>
    </message>
    <message>
      <source>Nobody on duty is free.</source>
      <translation>在岗顾问都不空闲。</translation>
    </message>
    <message>
      <source>Nobody on duty is free: choose a consultant, or ask the customer to wait.</source>
      <translation>在岗顾问都不空闲：请选择顾问，或请客户稍候。</translation>
    </message>
    <message>
      <source>Not a sales visit: no consultant is assigned.</source>
      <translation>非案场来访：不分配顾问。</translation>
    </message>
    <message>
      <source>On duty</source>
      <translation>在岗</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Only a manager decides a dispute.</source>
      <translation>只有经理可以裁定判客。</translation>
    </message>
    <message>
      <source>Only a manager may reorder the queue.</source>
      <translation>只有经理可以调整轮序。</translation>
    </message>
    <message>
      <source>Other family</source>
      <translation>其他家庭成员</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>离开</translation>
    </message>
    <message>
      <source>Outdoor billboard</source>
      <translation>户外广告</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>归属顾问</translation>
    </message>
    <message>
      <source>Owner changed by a manager</source>
      <translation>经理变更归属顾问</translation>
    </message>
    <message>
      <source>Owner now: {name}; protected until {date}</source>
      <translation>当前归属：{name}；保护至 {date}</translation>
    </message>
    <message>
      <source>Owner referral</source>
      <translation>老带新</translation>
    </message>
    <message>
      <source>Owner: {owner} · first visit {first} · last follow-up {last} · protected {days} more day(s)</source>
      <translation>归属：{owner} · 首访 {first} · 最后跟进 {last} · 保护期还剩 {days} 天</translation>
    </message>
    <message>
      <source>Owner: {owner} — claimed by {claimant} on {date}. Claim: {claim}</source>
      <translation>归属：{owner} — {claimant} 于 {date} 主张。理由：{claim}</translation>
    </message>
    <message>
      <source>Ownership dispute raised: {claimant} claims the customer</source>
      <translation>判客申请：{claimant} 主张该客户</translation>
    </message>
    <message>
      <source>Ownership dispute: {name}</source>
      <translation>判客：{name}</translation>
    </message>
    <message>
      <source>Ownership protection of a first-visit customer never followed up (days)</source>
      <translation>首访后未跟进客户的保护期（天）</translation>
    </message>
    <message>
      <source>Ownership protection: days from the last effective follow-up</source>
      <translation>客户保护期：自最后一次有效跟进起的天数</translation>
    </message>
    <message>
      <source>Ownership: disputes and protection ending</source>
      <translation>客户归属：判客与保护期到期</translation>
    </message>
    <message>
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>父母</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Passed over: away, turn missed</source>
      <translation>跳过：离岗，轮次作废</translation>
    </message>
    <message>
      <source>Passed over: busy, keeps their place</source>
      <translation>跳过：接待中，保留位置</translation>
    </message>
    <message>
      <source>Passed over: turn given up (was asked for by name)</source>
      <translation>跳过：因被客户指定而让出轮次</translation>
    </message>
    <message>
      <source>Passing by</source>
      <translation>路过</translation>
    </message>
    <message>
      <source>People in all parties</source>
      <translation>到访总人数</translation>
    </message>
    <message>
      <source>Phone enquiry</source>
      <translation>来电</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Protection lapsed: back to the open pool</source>
      <translation>保护期已过：回到公共客户池</translation>
    </message>
    <message>
      <source>Queue order</source>
      <translation>轮序顺序</translation>
    </message>
    <message>
      <source>Queue reordered</source>
      <translation>轮序已调整</translation>
    </message>
    <message>
      <source>Radio/TV</source>
      <translation>电台/电视</translation>
    </message>
    <message>
      <source>Raise an ownership dispute</source>
      <translation>申请判客</translation>
    </message>
    <message>
      <source>Raise dispute…</source>
      <translation>申请判客…</translation>
    </message>
    <message>
      <source>Reason for the decision</source>
      <translation>裁定理由</translation>
    </message>
    <message>
      <source>Referred by (customer's phone)</source>
      <translation>推荐人（老客户电话）</translation>
    </message>
    <message>
      <source>Referred by {name} ({no}).</source>
      <translation>推荐人：{name}（{no}）。</translation>
    </message>
    <message>
      <source>Registered by the agent at</source>
      <translation>渠道报备时间</translation>
    </message>
    <message>
      <source>Remind the owner this many days before protection lapses</source>
      <translation>保护期到期前提前几天提醒归属顾问</translation>
    </message>
    <message>
      <source>Reminder: protection ends soon</source>
      <translation>提醒：保护期即将到期</translation>
    </message>
    <message>
      <source>Reorder the rotation queue</source>
      <translation>调整轮序</translation>
    </message>
    <message>
      <source>Reorder…</source>
      <translation>调整顺序…</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>指定</translation>
    </message>
    <message>
      <source>Requested by name</source>
      <translation>客户指定</translation>
    </message>
    <message>
      <source>Return visit</source>
      <translation>复访</translation>
    </message>
    <message>
      <source>Return visits</source>
      <translation>复访</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>轮序</translation>
    </message>
    <message>
      <source>Rotation queue</source>
      <translation>轮序</translation>
    </message>
    <message>
      <source>Rotation queue: new customers go to the next consultant on duty</source>
      <translation>轮序：新客户由下一位在岗顾问接待</translation>
    </message>
    <message>
      <source>Sales reception</source>
      <translation>案场接待</translation>
    </message>
    <message>
      <source>Sales visit (served by a consultant)</source>
      <translation>案场来访（由置业顾问接待）</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <source>Save the daily summary as .pdf or .xlsx, not {suffix}: {path}</source>
      <translation>案场日报只能保存为 .pdf 或 .xlsx，不能是 {suffix}：{path}</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>本人</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>接待数</translation>
    </message>
    <message>
      <source>Serving</source>
      <translation>接待中</translation>
    </message>
    <message>
      <source>Sign a consultant in</source>
      <translation>顾问签到</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>签到</translation>
    </message>
    <message>
      <source>Sign off</source>
      <translation>下班</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>已签到</translation>
    </message>
    <message>
      <source>Spouse</source>
      <translation>配偶</translation>
    </message>
    <message>
      <source>Stand-in</source>
      <translation>代接</translation>
    </message>
    <message>
      <source>Stand-in for the owner</source>
      <translation>代接</translation>
    </message>
    <message>
      <source>Summary date</source>
      <translation>日报日期</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
    <message>
      <source>That consultant is no longer in the staff list. Refresh the queue.</source>
      <translation>该顾问已不在员工名单中，请刷新轮序。</translation>
    </message>
    <message>
      <source>The agent's advance registration ({reg}) is after the visitor arrived ({arrived}): an agent must register the customer before the visit.</source>
      <translation>渠道报备时间（{reg}）晚于客户到访时间（{arrived}）：渠道须在到访前报备。</translation>
    </message>
    <message>
      <source>The consultant chosen is no longer in the staff list. Choose another.</source>
      <translation>所选顾问已不在员工名单中，请另选。</translation>
    </message>
    <message>
      <source>The consultant has finished with the visitor, who stays on site: back in the queue</source>
      <translation>顾问已接待完毕（访客仍在场）：重新回到轮序队列</translation>
    </message>
    <message>
      <source>The new order must list every consultant on today's roster exactly once. Refresh the queue and try again.</source>
      <translation>新顺序必须包含今天在册的每位顾问且各出现一次。请刷新轮序后重试。</translation>
    </message>
    <message>
      <source>The owner is not on duty: {name} stands in (代接).</source>
      <translation>归属顾问不在岗：由 {name} 代接。</translation>
    </message>
    <message>
      <source>The owner {owner} is not on duty and no consultant is free to stand in. Choose a consultant.</source>
      <translation>归属顾问 {owner} 不在岗，且没有空闲顾问可代接，请选择顾问。</translation>
    </message>
    <message>
      <source>The rotation queue is switched off (Settings).</source>
      <translation>轮序已关闭（见设置）。</translation>
    </message>
    <message>
      <source>This consultant is not serving anybody now. Refresh the queue.</source>
      <translation>该顾问当前没有在接待客户。请刷新队列。</translation>
    </message>
    <message>
      <source>This dispute no longer exists. Refresh the list.</source>
      <translation>该判客记录已不存在，请刷新列表。</translation>
    </message>
    <message>
      <source>This dispute was already decided on {date}.</source>
      <translation>该判客已于 {date} 裁定。</translation>
    </message>
    <message>
      <source>This reception no longer exists. Refresh the list.</source>
      <translation>该接待记录已不存在，请刷新列表。</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <source>Took a rotation turn</source>
      <translation>轮序接待</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <source>Type or choose a consultant who is not on duty yet.</source>
      <translation>请输入或选择一位尚未上岗的顾问。</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>来访明细</translation>
    </message>
    <message>
      <source>Visits (family counted once)</source>
      <translation>接待批次（家庭合计一次）</translation>
    </message>
    <message>
      <source>Visits by consultant</source>
      <translation>按置业顾问统计</translation>
    </message>
    <message>
      <source>Visits by source</source>
      <translation>按来源统计</translation>
    </message>
    <message>
      <source>Visits received:</source>
      <translation>接待记录：</translation>
    </message>
    <message>
      <source>Walk-in</source>
      <translation>自然到访</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <source>Where they heard of us</source>
      <translation>获知渠道</translation>
    </message>
    <message>
      <source>Why is the consultant away? Turns missed while away are not made up.</source>
      <translation>顾问为何离岗？离岗期间错过的轮次不予补回。</translation>
    </message>
    <message>
      <source>consultant's name, Enter signs in</source>
      <translation>输入顾问姓名，回车签到</translation>
    </message>
    <message>
      <source>gives up {n} turn(s)</source>
      <translation>让出 {n} 个轮次</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>none (open pool)</source>
      <translation>无（公共客户池）</translation>
    </message>
    <message>
      <source>protected until {date}</source>
      <translation>保护至 {date}</translation>
    </message>
    <message>
      <source>protected until {date}, no effective follow-up since</source>
      <translation>保护至 {date}，此后无有效跟进</translation>
    </message>
    <message>
      <source>return visit</source>
      <translation>复访</translation>
    </message>
    <message>
      <source>return visit, served by {name} ({reason})</source>
      <translation>复访，由 {name} 接待（{reason}）</translation>
    </message>
    <message>
      <source>served at a visit</source>
      <translation>到访时接待</translation>
    </message>
    <message>
      <source>served at a visit ({reason})</source>
      <translation>到访时接待（{reason}）</translation>
    </message>
    <message>
      <source>the daily reception summary (案场日报) as PDF or Excel</source>
      <translation>案场日报（PDF 或 Excel）</translation>
    </message>
    <message>
      <source>the day (default: today)</source>
      <translation>日期（默认：今天）</translation>
    </message>
    <message>
      <source>{customer} ({owner}): protection ends {date}, {n} day(s) left</source>
      <translation>{customer}（{owner}）：保护期至 {date}，剩余 {n} 天</translation>
    </message>
    <message>
      <source>{name} ({no}), owner {owner}</source>
      <translation>{name}（{no}），归属 {owner}</translation>
    </message>
    <message>
      <source>{name} already belongs to another family group. Unlink them there first.</source>
      <translation>{name} 已属于另一个家庭组，请先在那里解除关联。</translation>
    </message>
    <message>
      <source>{name} already owns this customer; there is nothing to dispute.</source>
      <translation>{name} 已是该客户的归属顾问，无需判客。</translation>
    </message>
    <message>
      <source>{name} done serving {visitor}</source>
      <translation>{name} 已接待完毕：{visitor}</translation>
    </message>
    <message>
      <source>{name} has already signed off.</source>
      <translation>{name} 已下班。</translation>
    </message>
    <message>
      <source>{name} has not signed in today. Sign them in first.</source>
      <translation>{name} 今天尚未签到，请先签到。</translation>
    </message>
    <message>
      <source>{name} is already on duty today.</source>
      <translation>{name} 今天已在岗。</translation>
    </message>
    <message>
      <source>{name} is already on duty.</source>
      <translation>{name} 已在岗。</translation>
    </message>
    <message>
      <source>{name} is not on duty now.</source>
      <translation>{name} 当前不在岗。</translation>
    </message>
    <message>
      <source>{name} signed in.</source>
      <translation>{name} 已签到。</translation>
    </message>
    <message>
      <source>{name}'s account is disabled; they cannot go on duty.</source>
      <translation>{name} 的账号已停用，不能上岗。</translation>
    </message>
    <message>
      <source>{time}  {name}  {reason}  {kind}</source>
      <translation>{time}  {name}  {reason}  {kind}</translation>
    </message>
  </context>
</TS>
