<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>导入(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Log a contact…</source>
      <translation>登记联系(&amp;L)…</translation>
    </message>
    <message>
      <source>&amp;Merge selected pair…</source>
      <translation>合并所选的一对(&amp;M)…</translation>
    </message>
    <message>
      <source>&amp;New file</source>
      <translation>新建档案(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Print archive sheet</source>
      <translation>打印档案表(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Save file</source>
      <translation>保存档案(&amp;S)</translation>
    </message>
    <message>
      <source>'{value}' is not a value this column can take. Use one of: {choices}.</source>
      <translation>“{value}”不是该列可以填写的值。请使用以下之一：{choices}。</translation>
    </message>
    <message>
      <source>(computed {score:.1f}: {inputs})</source>
      <translation>（计算得分 {score:.1f}：{inputs}）</translation>
    </message>
    <message>
      <source>(merged into {no})</source>
      <translation>（已合并到 {no}）</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <source>Add phone</source>
      <translation>添加电话</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Already on file</source>
      <translation>已有档案</translation>
    </message>
    <message>
      <source>An Excel workbook (.xlsx) or a CSV file. The header row is found automatically, also below a title or with merged cells.</source>
      <translation>Excel 工作簿（.xlsx）或 CSV 文件。表头行会自动识别，包括位于标题下方或含合并单元格的表头。</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>意向面积</translation>
    </message>
    <message>
      <source>Associations</source>
      <translation>所属社会组织</translation>
    </message>
    <message>
      <source>Basic information</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <source>Birthday greeting</source>
      <translation>生日问候</translation>
    </message>
    <message>
      <source>Borrower</source>
      <translation>借阅人</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Car (brand, plate)</source>
      <translation>汽车（品牌、车牌）</translation>
    </message>
    <message>
      <source>Check the rows</source>
      <translation>检查各行</translation>
    </message>
    <message>
      <source>Checked by (manager)</source>
      <translation>审核人（经理）</translation>
    </message>
    <message>
      <source>Children (birth date, school)</source>
      <translation>子女状况（出生日期、学校）</translation>
    </message>
    <message>
      <source>Choose how the customer was contacted.</source>
      <translation>请选择联系方式。</translation>
    </message>
    <message>
      <source>Choose the file to keep. Every phone, visit, complaint, contact and loan of the other file moves to it; the other file is marked as merged and its number stays reserved.</source>
      <translation>请选择要保留的档案。另一份档案的所有电话、来访、投诉、联系记录和借阅记录都将转入该档案；另一份档案标记为已合并，其编号保留不再使用。</translation>
    </message>
    <message>
      <source>Choose the list to import</source>
      <translation>选择要导入的名单</translation>
    </message>
    <message>
      <source>Choose two different files to merge.</source>
      <translation>请选择两份不同的档案进行合并。</translation>
    </message>
    <message>
      <source>Column for {field}</source>
      <translation>“{field}”对应的列</translation>
    </message>
    <message>
      <source>Column in the list</source>
      <translation>名单中的列</translation>
    </message>
    <message>
      <source>Column mapping</source>
      <translation>列对应</translation>
    </message>
    <message>
      <source>Columns: {cols}</source>
      <translation>列对应：{cols}</translation>
    </message>
    <message>
      <source>Company: {c}</source>
      <translation>单位：{c}</translation>
    </message>
    <message>
      <source>Compute grade</source>
      <translation>计算等级</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>机密</translation>
    </message>
    <message>
      <source>Confidential file</source>
      <translation>保密档案</translation>
    </message>
    <message>
      <source>Confidential file: only its consultant and managers may open it</source>
      <translation>保密档案：仅其置业顾问和经理可以查阅</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>保密级别</translation>
    </message>
    <message>
      <source>Confidentiality: {level}</source>
      <translation>保密级别：{level}</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>置业顾问</translation>
    </message>
    <message>
      <source>Consultant and status</source>
      <translation>顾问与状态</translation>
    </message>
    <message>
      <source>Contact details</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <source>Contact record</source>
      <translation>联系记录</translation>
    </message>
    <message>
      <source>Current grade</source>
      <translation>当前等级</translation>
    </message>
    <message>
      <source>Current home</source>
      <translation>现居住状况</translation>
    </message>
    <message>
      <source>Customer archive sheet</source>
      <translation>客户档案表</translation>
    </message>
    <message>
      <source>Customer archive sheet (PDF)…</source>
      <translation>客户档案表（PDF）…</translation>
    </message>
    <message>
      <source>Customer archive sheet…</source>
      <translation>客户档案表…</translation>
    </message>
    <message>
      <source>Customer file field</source>
      <translation>档案字段</translation>
    </message>
    <message>
      <source>Customer file {id} does not exist (it may have been deleted). Refresh the list.</source>
      <translation>客户档案 {id} 不存在（可能已被删除）。请刷新列表。</translation>
    </message>
    <message>
      <source>Customer files</source>
      <translation>客户档案</translation>
    </message>
    <message>
      <source>Customer files (Excel or CSV)…</source>
      <translation>客户档案（Excel 或 CSV）…</translation>
    </message>
    <message>
      <source>Customer index</source>
      <translation>客户一览表</translation>
    </message>
    <message>
      <source>Customer index (Excel)…</source>
      <translation>客户一览表（Excel）…</translation>
    </message>
    <message>
      <source>Customer index (PDF)…</source>
      <translation>客户一览表（PDF）…</translation>
    </message>
    <message>
      <source>Customer index…</source>
      <translation>客户一览表…</translation>
    </message>
    <message>
      <source>Customer list</source>
      <translation>客户列表</translation>
    </message>
    <message>
      <source>Customer sources (one per line)</source>
      <translation>客户来源（每行一个）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>日期时间</translation>
    </message>
    <message>
      <source>Deal</source>
      <translation>成交</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <source>Due back</source>
      <translation>应还</translation>
    </message>
    <message>
      <source>Due back in {n} days.</source>
      <translation>应在 {n} 天内归还。</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>教育背景</translation>
    </message>
    <message>
      <source>Enter a phone number.</source>
      <translation>请输入电话号码。</translation>
    </message>
    <message>
      <source>Enter the customer's name.</source>
      <translation>请输入客户姓名。</translation>
    </message>
    <message>
      <source>Enter who borrows the paper file.</source>
      <translation>请填写纸质档案的借阅人。</translation>
    </message>
    <message>
      <source>Existing files</source>
      <translation>已有档案</translation>
    </message>
    <message>
      <source>FILE.xlsx or FILE.pdf</source>
      <translation>FILE.xlsx 或 FILE.pdf</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>家庭状况</translation>
    </message>
    <message>
      <source>Family and preferences</source>
      <translation>家庭与偏好</translation>
    </message>
    <message>
      <source>Favourite dining</source>
      <translation>偏爱餐饮</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>File</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>File A</source>
      <translation>档案 A</translation>
    </message>
    <message>
      <source>File B</source>
      <translation>档案 B</translation>
    </message>
    <message>
      <source>File No.</source>
      <translation>档案编号</translation>
    </message>
    <message>
      <source>File {no} merged into this file</source>
      <translation>档案 {no} 已并入本档案</translation>
    </message>
    <message>
      <source>File {no} was already merged into another file. Refresh the list.</source>
      <translation>档案 {no} 已合并到其他档案。请刷新列表。</translation>
    </message>
    <message>
      <source>Filed by (consultant)</source>
      <translation>建档人（置业顾问）</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>建档日期</translation>
    </message>
    <message>
      <source>Filed on: {d}</source>
      <translation>建档日期：{d}</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>第一行的值</translation>
    </message>
    <message>
      <source>Follow-up call</source>
      <translation>电话回访</translation>
    </message>
    <message>
      <source>Follow-up due today</source>
      <translation>今日应回访</translation>
    </message>
    <message>
      <source>Follow-up overdue</source>
      <translation>回访已逾期</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Give an output file ending in .xlsx or .pdf.</source>
      <translation>请指定以 .xlsx 或 .pdf 结尾的输出文件。</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Grade set by hand</source>
      <translation>手工设定等级</translation>
    </message>
    <message>
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <source>History ({summary})</source>
      <translation>历史记录（{summary}）</translation>
    </message>
    <message>
      <source>Hobbies</source>
      <translation>兴趣爱好</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>家庭</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>证件</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>ID type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>身份信息</translation>
    </message>
    <message>
      <source>Ignored columns: {cols}</source>
      <translation>未使用的列：{cols}</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import customer files</source>
      <translation>导入客户档案</translation>
    </message>
    <message>
      <source>Import customers</source>
      <translation>导入客户</translation>
    </message>
    <message>
      <source>Import customers from an Excel or CSV list</source>
      <translation>从 Excel 或 CSV 名单导入客户</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>导入进度</translation>
    </message>
    <message>
      <source>Import the good rows and leave out the rows with problems</source>
      <translation>导入正确的行，跳过有问题的行</translation>
    </message>
    <message>
      <source>Interested</source>
      <translation>意向</translation>
    </message>
    <message>
      <source>Interests</source>
      <translation>购房意向</translation>
    </message>
    <message>
      <source>Keep {no}</source>
      <translation>保留 {no}</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>最近联系</translation>
    </message>
    <message>
      <source>Lend paper file…</source>
      <translation>借出纸质档案…</translation>
    </message>
    <message>
      <source>Lend the paper file — {no}</source>
      <translation>借出纸质档案 — {no}</translation>
    </message>
    <message>
      <source>Lent</source>
      <translation>借出</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>信函</translation>
    </message>
    <message>
      <source>Lists (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
      <translation>名单文件 (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>借阅</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>借阅记录</translation>
    </message>
    <message>
      <source>Log a contact — {name}</source>
      <translation>登记联系 — {name}</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>战败</translation>
    </message>
    <message>
      <source>Lost customer: call back</source>
      <translation>战败客户待回访</translation>
    </message>
    <message>
      <source>Lost-customer call-back</source>
      <translation>战败回访</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Marital status</source>
      <translation>婚姻状况</translation>
    </message>
    <message>
      <source>Match the columns</source>
      <translation>对应列</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <source>Merge 2 selected…</source>
      <translation>合并所选 2 份…</translation>
    </message>
    <message>
      <source>Merge two customer files</source>
      <translation>合并两份客户档案</translation>
    </message>
    <message>
      <source>Mobile</source>
      <translation>手机</translation>
    </message>
    <message>
      <source>Most important when buying</source>
      <translation>购房最关注</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Name A</source>
      <translation>姓名 A</translation>
    </message>
    <message>
      <source>Name B</source>
      <translation>姓名 B</translation>
    </message>
    <message>
      <source>Native place</source>
      <translation>籍贯</translation>
    </message>
    <message>
      <source>New customer file</source>
      <translation>新建客户档案</translation>
    </message>
    <message>
      <source>Next contact</source>
      <translation>下次联系</translation>
    </message>
    <message>
      <source>Next contact date</source>
      <translation>下次联系日期</translation>
    </message>
    <message>
      <source>Next contact: {d}</source>
      <translation>下次联系：{d}</translation>
    </message>
    <message>
      <source>No further contact planned</source>
      <translation>不再安排联系</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>未导入任何数据。</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>One of these files is confidential and you may not read it.</source>
      <translation>其中一份档案为保密档案，您无权查阅。</translation>
    </message>
    <message>
      <source>Only my customers</source>
      <translation>只看我的客户</translation>
    </message>
    <message>
      <source>Open a customer file first.</source>
      <translation>请先打开一份客户档案。</translation>
    </message>
    <message>
      <source>Open a new customer file (Ctrl+N)</source>
      <translation>新建一份客户档案（Ctrl+N）</translation>
    </message>
    <message>
      <source>Open existing file</source>
      <translation>打开已有档案</translation>
    </message>
    <message>
      <source>Other phone</source>
      <translation>其他电话</translation>
    </message>
    <message>
      <source>Paper file</source>
      <translation>纸质档案</translation>
    </message>
    <message>
      <source>Paper file lent to {who}</source>
      <translation>纸质档案借给 {who}</translation>
    </message>
    <message>
      <source>Paper file loans</source>
      <translation>纸质档案借阅</translation>
    </message>
    <message>
      <source>Paper file returned</source>
      <translation>纸质档案已归还</translation>
    </message>
    <message>
      <source>Paper file returned by {who}</source>
      <translation>{who} 已归还纸质档案</translation>
    </message>
    <message>
      <source>Paper files are due back after (days)</source>
      <translation>纸质档案借阅期限（天）</translation>
    </message>
    <message>
      <source>Paper files out</source>
      <translation>借出的纸质档案</translation>
    </message>
    <message>
      <source>Parents (age, health)</source>
      <translation>父母状况（年龄、健康）</translation>
    </message>
    <message>
      <source>Payment rate</source>
      <translation>回款率</translation>
    </message>
    <message>
      <source>Phone type {n}</source>
      <translation>电话类型 {n}</translation>
    </message>
    <message>
      <source>Phone {n}</source>
      <translation>电话 {n}</translation>
    </message>
    <message>
      <source>Phones</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Phones: {p}</source>
      <translation>电话：{p}</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Possible duplicates</source>
      <translation>疑似重复</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>兴趣偏好</translation>
    </message>
    <message>
      <source>Print archive sheet</source>
      <translation>打印档案表</translation>
    </message>
    <message>
      <source>Print the open file's archive sheet (Ctrl+P)</source>
      <translation>打印当前档案的客户档案表（Ctrl+P）</translation>
    </message>
    <message>
      <source>Prospect</source>
      <translation>潜在</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Read {n} rows from {source} (header in row {row}).</source>
      <translation>已从 {source} 读取 {n} 行（表头在第 {row} 行）。</translation>
    </message>
    <message>
      <source>Reason for buying</source>
      <translation>购房原因</translation>
    </message>
    <message>
      <source>Receivables</source>
      <translation>应收账款</translation>
    </message>
    <message>
      <source>Record a call or visit and set the next contact date (Ctrl+L)</source>
      <translation>登记一次回访或拜访，并设定下次联系日期（Ctrl+L）</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Reminders ({n})</source>
      <translation>提醒（{n}）</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Result: {r}</source>
      <translation>结果：{r}</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>归还</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>撤销修改</translation>
    </message>
    <message>
      <source>Rows to import</source>
      <translation>待导入的行</translation>
    </message>
    <message>
      <source>SMS</source>
      <translation>短信</translation>
    </message>
    <message>
      <source>Sales</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Sample file for the self-test.</source>
      <translation>自检用样例档案。</translation>
    </message>
    <message>
      <source>Save as a new file anyway</source>
      <translation>仍然新建档案</translation>
    </message>
    <message>
      <source>Save the file (Ctrl+S)</source>
      <translation>保存档案（Ctrl+S）</translation>
    </message>
    <message>
      <source>Save the rejected rows as…</source>
      <translation>将被拒绝的行另存为…</translation>
    </message>
    <message>
      <source>Score {s:.2f}, but the customer has been on file for less than a year: grade C.</source>
      <translation>得分 {s:.2f}，但该客户建档不满一年：等级为 C。</translation>
    </message>
    <message>
      <source>Search customers</source>
      <translation>搜索客户</translation>
    </message>
    <message>
      <source>Search: name, pinyin (zs / zhangsan), phone, file number, company  (Ctrl+F)</source>
      <translation>搜索：姓名、拼音（zs / zhangsan）、电话、档案编号、单位（Ctrl+F）</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>绝密</translation>
    </message>
    <message>
      <source>Seeds' rule: sales 30 %, payment rate 25 %, receivables 30 %, strategic value 15 %, each scored 2–10; A from 8, B from 5, else C; a customer on file under one year is C.</source>
      <translation>评级规则：销售额 30%、回款率 25%、应收账款 30%、战略价值 15%，各项 2–10 分；8 分及以上为 A，5 分及以上为 B，其余为 C；建档不满一年的客户为 C。</translation>
    </message>
    <message>
      <source>Select exactly two files in the list (Ctrl+click), then merge.</source>
      <translation>请在列表中恰好选中两份档案（Ctrl+单击），再合并。</translation>
    </message>
    <message>
      <source>Select two files in the list (Ctrl+click) and merge them</source>
      <translation>在列表中选中两份档案（Ctrl+单击）并合并</translation>
    </message>
    <message>
      <source>Set grade</source>
      <translation>设定等级</translation>
    </message>
    <message>
      <source>Shared</source>
      <translation>相同之处</translation>
    </message>
    <message>
      <source>Show birthdays in the next (days)</source>
      <translation>提前提醒生日（天）</translation>
    </message>
    <message>
      <source>Smoking / drinking</source>
      <translation>抽烟 / 饮酒</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Spouse (phone, employer)</source>
      <translation>配偶信息（电话、工作单位）</translation>
    </message>
    <message>
      <source>Status: {s}</source>
      <translation>状态：{s}</translation>
    </message>
    <message>
      <source>Strategic value</source>
      <translation>战略价值</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>The ID number was stored as a number in Excel and its last digits are lost ({v}). In Excel, format the column as Text and type the ID number again.</source>
      <translation>证件号码在 Excel 中被存成了数字，最后几位已经丢失（{v}）。请在 Excel 中把该列设置为“文本”格式，再重新输入证件号码。</translation>
    </message>
    <message>
      <source>The archive sheet is a PDF: give an output file ending in .pdf.</source>
      <translation>客户档案表为 PDF 文件：请指定以 .pdf 结尾的输出文件。</translation>
    </message>
    <message>
      <source>The birthday is in the future. Check the date.</source>
      <translation>生日在将来。请检查日期。</translation>
    </message>
    <message>
      <source>The contact date is in the future. A contact is logged after it happened.</source>
      <translation>联系日期在将来。联系记录应在联系发生后登记。</translation>
    </message>
    <message>
      <source>The file has no column for {label}. Map a column to it.</source>
      <translation>文件中没有“{label}”列。请为其指定一列。</translation>
    </message>
    <message>
      <source>The filing date is in the future. Check the date.</source>
      <translation>建档日期在将来。请检查日期。</translation>
    </message>
    <message>
      <source>The grade is A, B or C.</source>
      <translation>客户等级为 A、B 或 C。</translation>
    </message>
    <message>
      <source>The next contact date is before this contact. Choose a later date.</source>
      <translation>下次联系日期早于本次联系日期。请选择更晚的日期。</translation>
    </message>
    <message>
      <source>The paper file {no} is already lent to {who} since {date}. Record its return first.</source>
      <translation>纸质档案 {no} 已于 {date} 借给 {who}。请先登记归还。</translation>
    </message>
    <message>
      <source>The rejected rows and their reasons were saved to {path}</source>
      <translation>被拒绝的行及原因已保存到 {path}</translation>
    </message>
    <message>
      <source>The rows could not be checked.</source>
      <translation>无法检查各行。</translation>
    </message>
    <message>
      <source>The rows with problems are left out and saved, with their reasons, in a report you can fix and import again.</source>
      <translation>有问题的行不会导入，它们及原因会保存在一份报告中，修改后可再次导入。</translation>
    </message>
    <message>
      <source>There is no customer file {no}. Check the number (KH-YYYY-NNNNN).</source>
      <translation>没有客户档案 {no}。请检查编号（KH-年份-序号）。</translation>
    </message>
    <message>
      <source>There is no staff member '{name}'. Choose a consultant from the list.</source>
      <translation>没有员工“{name}”。请从列表中选择置业顾问。</translation>
    </message>
    <message>
      <source>This loan was already returned on {date}.</source>
      <translation>该借阅已于 {date} 归还。</translation>
    </message>
    <message>
      <source>This lost customer has not been called back yet: this contact counts as the call-back.</source>
      <translation>该战败客户尚未回访：本次联系记为战败回访。</translation>
    </message>
    <message>
      <source>This phone or ID number is already on file. Open the existing file instead of creating a second one?</source>
      <translation>此电话或证件号码已有档案。是否打开已有档案，而不是再建一份？</translation>
    </message>
    <message>
      <source>This phone or ID number is already on file: {files}. Open the existing file, or save anyway to keep both (merge them later).</source>
      <translation>此电话或证件号码已有档案：{files}。请打开已有档案，或仍然保存以保留两份（之后再合并）。</translation>
    </message>
    <message>
      <source>Too many tags (at most 300 characters). Remove some.</source>
      <translation>标签过多（最多 300 个字符）。请删除一些。</translation>
    </message>
    <message>
      <source>Unit type</source>
      <translation>意向户型</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>来访</translation>
    </message>
    <message>
      <source>Visit to customer</source>
      <translation>上门拜访</translation>
    </message>
    <message>
      <source>Way</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>What was discussed</source>
      <translation>沟通内容</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Write what was discussed.</source>
      <translation>请填写沟通内容。</translation>
    </message>
    <message>
      <source>[from {no}] {notes}</source>
      <translation>[来自 {no}] {notes}</translation>
    </message>
    <message>
      <source>already on file as {no} {name} (same phone or ID number)</source>
      <translation>已有档案 {no} {name}（电话或证件号码相同）</translation>
    </message>
    <message>
      <source>by {user}</source>
      <translation>操作人：{user}</translation>
    </message>
    <message>
      <source>column {n}</source>
      <translation>第 {n} 列</translation>
    </message>
    <message>
      <source>comma-separated, e.g. 刚需, 学区</source>
      <translation>用逗号分隔，例如：刚需, 学区</translation>
    </message>
    <message>
      <source>computed, score {s:.2f}</source>
      <translation>计算得出，得分 {s:.2f}</translation>
    </message>
    <message>
      <source>customer-index-{d}.pdf</source>
      <translation>客户一览表-{d}.pdf</translation>
    </message>
    <message>
      <source>customer-index-{d}.xlsx</source>
      <translation>客户一览表-{d}.xlsx</translation>
    </message>
    <message>
      <source>due back {d}</source>
      <translation>应于 {d} 归还</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>应于 {date}</translation>
    </message>
    <message>
      <source>export the customer index (客户一览表) to .xlsx or PDF</source>
      <translation>将客户一览表导出为 .xlsx 或 PDF</translation>
    </message>
    <message>
      <source>import customer files from an Excel or CSV list</source>
      <translation>从 Excel 或 CSV 名单导入客户档案</translation>
    </message>
    <message>
      <source>lost since {date}</source>
      <translation>{date} 起战败</translation>
    </message>
    <message>
      <source>no history yet</source>
      <translation>暂无记录</translation>
    </message>
    <message>
      <source>none planned</source>
      <translation>未安排</translation>
    </message>
    <message>
      <source>only files matching this search</source>
      <translation>仅导出符合此搜索的档案</translation>
    </message>
    <message>
      <source>only files with this status</source>
      <translation>仅导出此状态的档案</translation>
    </message>
    <message>
      <source>print one customer's archive sheet (客户档案表) to PDF</source>
      <translation>将一位客户的客户档案表输出为 PDF</translation>
    </message>
    <message>
      <source>records of merged-away files moved to the kept files</source>
      <translation>被合并档案的记录已转移到保留的档案</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>被拒绝</translation>
    </message>
    <message>
      <source>same ID number</source>
      <translation>证件号码相同</translation>
    </message>
    <message>
      <source>same name, similar phone</source>
      <translation>姓名相同，电话相近</translation>
    </message>
    <message>
      <source>same phone</source>
      <translation>电话相同</translation>
    </message>
    <message>
      <source>same phone or ID number as row {row} of this file</source>
      <translation>与本文件第 {row} 行的电话或证件号码相同</translation>
    </message>
    <message>
      <source>set by hand</source>
      <translation>手工设定</translation>
    </message>
    <message>
      <source>the .xlsx or .csv list to import</source>
      <translation>要导入的 .xlsx 或 .csv 名单</translation>
    </message>
    <message>
      <source>the customer's file number</source>
      <translation>客户档案编号</translation>
    </message>
    <message>
      <source>the sheet to read (default: the sheet with the table)</source>
      <translation>要读取的工作表（默认：包含表格的工作表）</translation>
    </message>
    <message>
      <source>where to write the archive sheet</source>
      <translation>档案表的保存位置</translation>
    </message>
    <message>
      <source>{a} merged into {b}</source>
      <translation>{a} 已合并到 {b}</translation>
    </message>
    <message>
      <source>{date} (turns {age})</source>
      <translation>{date}（{age} 岁生日）</translation>
    </message>
    <message>
      <source>{good} of {total} rows are ready to import; {bad} rows have problems (shown in red). Nothing has been written yet.</source>
      <translation>共 {total} 行，其中 {good} 行可以导入；{bad} 行有问题（红色显示）。尚未写入任何数据。</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not one of the choices.</source>
      <translation>{label}：“{value}”不是可选项。</translation>
    </message>
    <message>
      <source>{label}: give a score from 2 to 10.</source>
      <translation>{label}：请打 2 至 10 分。</translation>
    </message>
    <message>
      <source>{n} customer files</source>
      <translation>共 {n} 份客户档案</translation>
    </message>
    <message>
      <source>{n} customer files imported</source>
      <translation>已导入 {n} 份客户档案</translation>
    </message>
    <message>
      <source>{n} files</source>
      <translation>共 {n} 份档案</translation>
    </message>
    <message>
      <source>{n} paper files out, {late} overdue</source>
      <translation>借出 {n} 份纸质档案，{late} 份逾期未还</translation>
    </message>
    <message>
      <source>{n} possible duplicates</source>
      <translation>{n} 对疑似重复</translation>
    </message>
    <message>
      <source>{n} rows found in sheet {sheet}; the header is row {row}. Columns were matched by their names — check them, and choose a column for any field that was missed.</source>
      <translation>在工作表 {sheet} 中找到 {n} 行；表头在第 {row} 行。已按列名自动对应——请核对，并为遗漏的字段选择列。</translation>
    </message>
    <message>
      <source>{old} was merged into {new}; printing {new}.</source>
      <translation>{old} 已合并到 {new}；打印 {new}。</translation>
    </message>
    <message>
      <source>{o} overdue, {d} due today, {b} birthdays, {l} lost customers to call back</source>
      <translation>{o} 个回访逾期，{d} 个今日应回访，{b} 个生日，{l} 个战败客户待回访</translation>
    </message>
    <message>
      <source>… {n} older entries not printed</source>
      <translation>… 另有 {n} 条较早记录未打印</translation>
    </message>
  </context>
</TS>
