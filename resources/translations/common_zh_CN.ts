<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>&amp;About SalesDesk</source>
      <translation>关于 SalesDesk(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Check the file</source>
      <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import {n} rows</source>
      <translation>导入 {n} 行(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>打印(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>'{value}' holds more than one phone number. Keep one number here and put the other in the notes.</source>
      <translation>“{value}”中有不止一个电话号码。此处只保留一个号码，其他号码请写在备注中。</translation>
    </message>
    <message>
      <source>'{value}' is a number Excel shortened to scientific notation: its last digits are lost. In Excel, format the column as Text and type the full number again.</source>
      <translation>“{value}”是被 Excel 显示为科学计数法的数字，后几位已经丢失。请在 Excel 中把该列设置为“文本”格式，再重新输入完整号码。</translation>
    </message>
    <message>
      <source>'{value}' is not a Chinese plate number. Example: 沪A12345, or 粤BD12345 for a new-energy car.</source>
      <translation>“{value}”不是有效的车牌号。例如：沪A12345，新能源车如 粤BD12345。</translation>
    </message>
    <message>
      <source>'{value}' is not a date. Write it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
      <translation>“{value}”不是日期。请写成 2024-03-05、2024/3/5 或 2024年3月5日。</translation>
    </message>
    <message>
      <source>'{value}' is not a time of day. Write it as 9:30 or 14:05.</source>
      <translation>“{value}”不是有效的时间。请写成 9:30 或 14:05 这样的格式。</translation>
    </message>
    <message>
      <source>'{value}' is not a valid phone number. Enter an 11-digit mobile (138 0013 8000) or a landline with area code (021-6234 5678).</source>
      <translation>“{value}”不是有效的电话号码。请输入 11 位手机号（138 0013 8000）或带区号的固定电话（021-6234 5678）。</translation>
    </message>
    <message>
      <source>'{v}' is not a whole number</source>
      <translation>“{v}”不是整数</translation>
    </message>
    <message>
      <source>--relink changes customer files, so it needs your account: add --user NAME (a manager or the administrator).</source>
      <translation>--relink 会修改客户档案，因此需要您的账号：请加上 --user NAME（经理或管理员）。</translation>
    </message>
    <message>
      <source>A copy taken before the upgrade is at {copy}.</source>
      <translation>升级前的副本保存在 {copy}。</translation>
    </message>
    <message>
      <source>A resident ID number has 18 characters: 17 digits and a last digit or X (you entered {n}).</source>
      <translation>身份证号为 18 位：17 位数字加最后一位数字或 X（您输入了 {n} 位）。</translation>
    </message>
    <message>
      <source>About SalesDesk</source>
      <translation>关于 SalesDesk</translation>
    </message>
    <message>
      <source>All {total} rows are ready to import. Nothing has been written yet.</source>
      <translation>全部 {total} 行均可导入。尚未写入任何数据。</translation>
    </message>
    <message>
      <source>An Excel workbook (.xlsx) or a CSV file</source>
      <translation>Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>已到访</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>已预约</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Cannot create the data folder {folder}: {reason}. Choose a folder you can write to with --data-dir.</source>
      <translation>无法创建数据文件夹 {folder}：{reason}。请用 --data-dir 选择可写的文件夹。</translation>
    </message>
    <message>
      <source>Cannot import {path}: use an Excel workbook (.xlsx) or a CSV file.</source>
      <translation>无法导入 {path}：请使用 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
      <source>Cannot use the database URL {url}: only sqlite:///PATH is supported in this version. Example: sqlite:///C:/SalesDesk/salesdesk.db</source>
      <translation>无法使用数据库地址 {url}：本版本只支持 sqlite:///路径。例如：sqlite:///C:/SalesDesk/salesdesk.db</translation>
    </message>
    <message>
      <source>Cannot write {path}: the file is open in another program (close it in Excel or the PDF viewer) or the folder is read-only. Nothing was written.</source>
      <translation>无法写入 {path}：文件正被其他程序打开（请在 Excel 或 PDF 阅读器中关闭它），或文件夹为只读。未写入任何内容。</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <source>Choose the day of the appointment.</source>
      <translation>请选择预约日期。</translation>
    </message>
    <message>
      <source>Choose the file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <source>Choose the file. Every row is checked before anything is written.</source>
      <translation>请选择文件。写入任何数据之前会先逐行检查。</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Columns not imported: {cols}</source>
      <translation>未导入的列：{cols}</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Could not complete</source>
      <translation>未能完成</translation>
    </message>
    <message>
      <source>D</source>
      <translation>日</translation>
    </message>
    <message>
      <source>Database error on {path}: {reason}</source>
      <translation>数据库 {path} 出错：{reason}</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>正在使用的数据库</translation>
    </message>
    <message>
      <source>Database: {db}</source>
      <translation>数据库：{db}</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <source>Demo accounts (user / role / password):</source>
      <translation>演示账号（用户名 / 角色 / 密码）：</translation>
    </message>
    <message>
      <source>Demo data written to {db}</source>
      <translation>演示数据已写入 {db}</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>驾驶证</translation>
    </message>
    <message>
      <source>Dry run: {ok} of {total} rows would be imported; {bad} rows have errors. Nothing was written.</source>
      <translation>试运行：{total} 行中有 {ok} 行可以导入；{bad} 行有错误。未写入任何内容。</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>重复</translation>
    </message>
    <message>
      <source>E&amp;xit</source>
      <translation>退出(&amp;X)</translation>
    </message>
    <message>
      <source>Enter a phone or an ID number: the list matches visitors by them.</source>
      <translation>请填写电话或证件号码：名单按这两项识别来访人。</translation>
    </message>
    <message>
      <source>Enter the name of the person booking.</source>
      <translation>请填写预约人姓名。</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <source>Excel or CSV (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
      <translation>Excel 或 CSV (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <source>Fix the rows in the file and check it again, or choose to leave the rows with problems out.</source>
      <translation>请在文件中改正这些行后重新检查，或选择跳过有问题的行。</translation>
    </message>
    <message>
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <source>Give the reason for letting this person in.</source>
      <translation>请填写允许此人进入的原因。</translation>
    </message>
    <message>
      <source>Give the reason this person is not to be received.</source>
      <translation>请填写拒绝接待此人的原因。</translation>
    </message>
    <message>
      <source>HK/Macau travel permit</source>
      <translation>港澳通行证</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Import all rows or none: nothing is written while a row has a problem</source>
      <translation>全部导入或全部不导入：只要有一行有问题，就不写入任何数据</translation>
    </message>
    <message>
      <source>In the file</source>
      <translation>文件中的内容</translation>
    </message>
    <message>
      <source>Interrupted; nothing more was written.</source>
      <translation>已中断；没有再写入任何内容。</translation>
    </message>
    <message>
      <source>Language (empty = follow the system)</source>
      <translation>界面语言（空 = 跟随系统）</translation>
    </message>
    <message>
      <source>Logo image file (PNG/JPG, printed on forms)</source>
      <translation>标志图片（PNG/JPG，打印在表单上）</translation>
    </message>
    <message>
      <source>M</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Moved {n} record(s) to the kept customer files ({counts}).</source>
      <translation>已将 {n} 条记录转移到保留的客户档案（{counts}）。</translation>
    </message>
    <message>
      <source>No header row was found in the first {n} rows of {source}. The first row of the table must name the columns (e.g. 姓名, 手机).</source>
      <translation>在 {source} 的前 {n} 行中找不到表头。表格第一行必须写明列名（如 姓名、手机）。</translation>
    </message>
    <message>
      <source>No records were linked to merged-away customer files.</source>
      <translation>没有关联在已被合并档案上的记录。</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>未到访</translation>
    </message>
    <message>
      <source>No.: {no}</source>
      <translation>编号：{no}</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>无权操作</translation>
    </message>
    <message>
      <source>Nothing was imported: {bad} of {total} rows have errors. Fix them (or choose to import only the good rows) and try again.</source>
      <translation>未导入任何内容：{total} 行中有 {bad} 行有错误。请改正（或选择只导入正确的行）后重试。</translation>
    </message>
    <message>
      <source>OK: the database is sound; {n} warning(s) above.</source>
      <translation>OK：数据库完好；以上有 {n} 条警告。</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Office name (printed on every form)</source>
      <translation>单位名称（打印在每张表单上）</translation>
    </message>
    <message>
      <source>Only a manager or administrator can change settings.</source>
      <translation>只有经理或管理员可以修改设置。</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Page {n} / {total}</source>
      <translation>第 {n} / {total} 页</translation>
    </message>
    <message>
      <source>Party size must be from 1 to {max} (you entered {n}).</source>
      <translation>来访人数须为 1 至 {max}（您填写的是 {n}）。</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>护照</translation>
    </message>
    <message>
      <source>Please check</source>
      <translation>请检查</translation>
    </message>
    <message>
      <source>Print preview — {title}</source>
      <translation>打印预览 — {title}</translation>
    </message>
    <message>
      <source>Printed: {date}</source>
      <translation>打印日期：{date}</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Read every row and report the problems; nothing is written</source>
      <translation>逐行读取并列出问题；不写入任何数据</translation>
    </message>
    <message>
      <source>Read {n} rows from {source}, sheet {sheet} (header in row {row}).</source>
      <translation>已从 {source} 的工作表 {sheet} 读取 {n} 行（表头在第 {row} 行）。</translation>
    </message>
    <message>
      <source>Rejected rows</source>
      <translation>未导入的行</translation>
    </message>
    <message>
      <source>Resident ID card</source>
      <translation>身份证</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Rows hidden in the sheet are imported too: {rows}.</source>
      <translation>表中隐藏的行也会导入：{rows}。</translation>
    </message>
    <message>
      <source>Rows hidden in the sheet were read like the others: {rows}.</source>
      <translation>工作表中隐藏的行也和其他行一样被读取：第 {rows} 行。</translation>
    </message>
    <message>
      <source>Rows with problems</source>
      <translation>有问题的行</translation>
    </message>
    <message>
      <source>Sales Office</source>
      <translation>售楼处</translation>
    </message>
    <message>
      <source>SalesDesk {version}
Reception desk for a sales office: visitor log, complaint register, customer files.

Database: {db}
Data folder: {folder}</source>
      <translation>SalesDesk {version}
售楼处前台系统：来访登记、投诉登记、客户档案。

数据库：{db}
数据文件夹：{folder}</translation>
    </message>
    <message>
      <source>SalesDesk: visitor log, complaint register and customer files for a sales office. Without a command, opens the window.</source>
      <translation>SalesDesk：售楼处前台的来访登记、投诉登记与客户档案。不带命令时打开主窗口。</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>另存为</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>Schema version: {v}</source>
      <translation>数据结构版本：{v}</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>System</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>The appointment day is in the past. Choose today or a later day.</source>
      <translation>预约日期已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
      <source>The backup copy failed its check ({problem}); the database itself may be damaged. Run: salesdesk check</source>
      <translation>备份副本未通过检查（{problem}）；数据库本身可能已损坏。请运行：salesdesk check</translation>
    </message>
    <message>
      <source>The database file {path} cannot be read (permission denied). Ask the administrator to give your account read/write access, or choose another file with --database.</source>
      <translation>无法读取数据库文件 {path}（权限不足）。请管理员为您的账户开放读写权限，或用 --database 另选文件。</translation>
    </message>
    <message>
      <source>The database file {path} is read-only. Make it writable, or copy it to a folder you can write to and open the copy with --database.</source>
      <translation>数据库文件 {path} 是只读的。请将其改为可写，或复制到可写的文件夹后用 --database 打开副本。</translation>
    </message>
    <message>
      <source>The database has {n} problem(s). Restore the latest backup (salesdesk restore FILE).</source>
      <translation>数据库有 {n} 处问题。请恢复最近的备份（salesdesk restore 文件）。</translation>
    </message>
    <message>
      <source>The database path {path} is a folder, not a file. Give the path of a .db file.</source>
      <translation>数据库路径 {path} 是文件夹而不是文件。请给出 .db 文件的路径。</translation>
    </message>
    <message>
      <source>The database {path} cannot be opened for writing. Check that the file and its folder are writable, or choose another with --database.</source>
      <translation>无法以写入方式打开数据库 {path}。请检查文件及其文件夹是否可写，或用 --database 另选一个。</translation>
    </message>
    <message>
      <source>The database {path} is busy: another SalesDesk window or PC is writing to it. Wait a moment and try again; if it stays locked, close the other SalesDesk.</source>
      <translation>数据库 {path} 正忙：另一个 SalesDesk 窗口或电脑正在写入。请稍候再试；如果一直被锁定，请关闭另一个 SalesDesk。</translation>
    </message>
    <message>
      <source>The database {path} is damaged ({problem}) and was not changed. Restore the latest backup (File &gt; Restore, or: salesdesk restore FILE).</source>
      <translation>数据库 {path} 已损坏（{problem}），未被更改。请恢复最近的备份（文件 &gt; 恢复，或：salesdesk restore 文件）。</translation>
    </message>
    <message>
      <source>The database {path} is damaged and was not changed. Restore the latest backup (File &gt; Restore, or: salesdesk restore FILE).</source>
      <translation>数据库 {path} 已损坏，未作任何修改。请恢复最近的备份（文件 &gt; 恢复，或：salesdesk restore 文件）。</translation>
    </message>
    <message>
      <source>The database {path} was written by a newer SalesDesk (schema {found}; this program knows up to {known}). Nothing was changed. Install the newer SalesDesk to open it.</source>
      <translation>数据库 {path} 由更新版本的 SalesDesk 写入（结构版本 {found}；本程序最高支持 {known}），未作任何修改。请安装新版 SalesDesk 后再打开。</translation>
    </message>
    <message>
      <source>The disk is full: {path} was not written. Free some space or save to another drive.</source>
      <translation>磁盘已满：{path} 未写入。请清理空间或保存到其他磁盘。</translation>
    </message>
    <message>
      <source>The file cannot be imported</source>
      <translation>无法导入该文件</translation>
    </message>
    <message>
      <source>The file could not be read. Nothing was written.</source>
      <translation>无法读取该文件。未写入任何数据。</translation>
    </message>
    <message>
      <source>The file name must end in {suffix}: {path}</source>
      <translation>文件名必须以 {suffix} 结尾：{path}</translation>
    </message>
    <message>
      <source>The file name {name} holds characters that are not allowed in file names (\ / : * ? " &lt; &gt; |). Give another name.</source>
      <translation>文件名 {name} 含有文件名中不允许使用的字符（\ / : * ? " &lt; &gt; |）。请换一个名称。</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>The file {path} is an SQLite database but not a SalesDesk database. Nothing was changed. Choose the right file with --database.</source>
      <translation>文件 {path} 是 SQLite 数据库，但不是 SalesDesk 数据库，未作任何修改。请用 --database 选择正确的文件。</translation>
    </message>
    <message>
      <source>The file {path} is not a SalesDesk database (it is not an SQLite file). Nothing was changed. Choose the right file, or restore a backup.</source>
      <translation>文件 {path} 不是 SalesDesk 数据库（不是 SQLite 文件），未作任何修改。请选择正确的文件，或恢复备份。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist. Choose an existing folder.</source>
      <translation>文件夹 {folder} 不存在。请选择已有的文件夹。</translation>
    </message>
    <message>
      <source>The folder {folder} is not writable, so the database cannot be created there. Choose a folder you can write to with --data-dir.</source>
      <translation>文件夹 {folder} 不可写，无法在其中创建数据库。请用 --data-dir 选择可写的文件夹。</translation>
    </message>
    <message>
      <source>The name {path} is too long for the disk. Give a shorter file or folder name.</source>
      <translation>名称 {path} 超出磁盘允许的长度。请改用较短的文件名或文件夹名。</translation>
    </message>
    <message>
      <source>The rejected-rows report must be a .xlsx or .csv file: {path}</source>
      <translation>未导入行的报告必须是 .xlsx 或 .csv 文件：{path}</translation>
    </message>
    <message>
      <source>The resident ID number's last digit does not match (it should be {c}). Check the number for a typing error.</source>
      <translation>身份证号校验位不符（应为 {c}）。请检查是否输错。</translation>
    </message>
    <message>
      <source>The workbook has no sheet named {sheet}; it has: {names}.</source>
      <translation>工作簿中没有名为 {sheet} 的工作表；现有：{names}。</translation>
    </message>
    <message>
      <source>There are no rows under the header row: nothing to import. Check that the data is on this sheet.</source>
      <translation>表头下面没有数据行，没有可导入的内容。请检查数据是否在这个工作表上。</translation>
    </message>
    <message>
      <source>These cells hold a formula whose result was never saved in the file, so they were read as empty: {cells}. Open the file in Excel or WPS, save it, and import it again to read their values.</source>
      <translation>以下单元格是公式，但文件中没有保存计算结果，因此按空白读取：{cells}。如需读取其值，请在 Excel 或 WPS 中打开该文件，保存后重新导入。</translation>
    </message>
    <message>
      <source>This ID number should be {lo} to {hi} letters or digits (you entered {n}).</source>
      <translation>该证件号码应为 {lo} 到 {hi} 位字母或数字（您输入了 {n} 位）。</translation>
    </message>
    <message>
      <source>This appointment is already {status}.</source>
      <translation>该预约已是“{status}”状态。</translation>
    </message>
    <message>
      <source>This appointment no longer exists. Refresh the list.</source>
      <translation>该预约已不存在，请刷新列表。</translation>
    </message>
    <message>
      <source>This refusal-list entry no longer exists.</source>
      <translation>该拒绝接待记录已不存在。</translation>
    </message>
    <message>
      <source>This resident ID number holds a birth date in the future. Check the number.</source>
      <translation>该身份证号中的出生日期在未来。请核对号码。</translation>
    </message>
    <message>
      <source>This resident ID number holds an impossible birth date ({d}). Check digits 7-14.</source>
      <translation>该身份证号中的出生日期不存在（{d}）。请核对第 7-14 位。</translation>
    </message>
    <message>
      <source>Unexpected error: {error}. Details were written to {log}.</source>
      <translation>意外错误：{error}。详细信息已写入 {log}。</translation>
    </message>
    <message>
      <source>Upgrading the database {path} from schema {found} to {known} failed and was rolled back: {reason}.</source>
      <translation>数据库 {path} 从结构版本 {found} 升级到 {known} 失败，已回滚：{reason}。</translation>
    </message>
    <message>
      <source>Warning: {n} record(s) are still linked to customer files that were merged into another file ({counts}). Nothing is lost, but the kept file does not list them. 'salesdesk --user NAME check --relink' moves them to the kept files.</source>
      <translation>警告：有 {n} 条记录仍关联在已并入其他档案的客户档案上（{counts}）。数据没有丢失，但保留的档案中看不到它们。运行“salesdesk --user NAME check --relink”可把它们转移到保留的档案。</translation>
    </message>
    <message>
      <source>Work card</source>
      <translation>工作证</translation>
    </message>
    <message>
      <source>Y</source>
      <translation>年</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <source>check the database for damage and report (also records left on merged customer files)</source>
      <translation>检查数据库是否损坏并报告（包括仍留在已合并客户档案上的记录）</translation>
    </message>
    <message>
      <source>complaints to create (default 60)</source>
      <translation>要生成的投诉数（默认 60）</translation>
    </message>
    <message>
      <source>customer files to create (default 500)</source>
      <translation>要生成的客户档案数（默认 500）</translation>
    </message>
    <message>
      <source>database URL, e.g. sqlite:///path/salesdesk.db (or env SALESDESK_DATABASE)</source>
      <translation>数据库地址，例如 sqlite:///路径/salesdesk.db（或环境变量 SALESDESK_DATABASE）</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>至少需要一个参数值</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>需要一个参数值</translation>
    </message>
    <message>
      <source>export data: PDF forms and Excel registers</source>
      <translation>导出数据：PDF 表单和 Excel 台账</translation>
    </message>
    <message>
      <source>export data: PDF forms and Excel registers (see 'salesdesk export --help')</source>
      <translation>导出数据：PDF 表单和 Excel 台账（见 “salesdesk export --help”）</translation>
    </message>
    <message>
      <source>fill the database with realistic demo data</source>
      <translation>向数据库填入逼真的演示数据</translation>
    </message>
    <message>
      <source>folder for the database, backups and logs (default: the user's data folder)</source>
      <translation>数据库、备份和日志所在文件夹（默认：用户数据文件夹）</translation>
    </message>
    <message>
      <source>give a number from 0 to 2000000, not {v}</source>
      <translation>请输入 0 到 2000000 之间的数字，而不是 {v}</translation>
    </message>
    <message>
      <source>import data from Excel or CSV</source>
      <translation>从 Excel 或 CSV 导入数据</translation>
    </message>
    <message>
      <source>import data from Excel or CSV (see 'salesdesk import --help')</source>
      <translation>从 Excel 或 CSV 导入数据（见 “salesdesk import --help”）</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <source>it is damaged or another kind of file</source>
      <translation>文件已损坏或是其他类型的文件</translation>
    </message>
    <message>
      <source>language: zh_CN or en</source>
      <translation>界面语言：zh_CN 或 en</translation>
    </message>
    <message>
      <source>manage user accounts (see 'salesdesk user --help')</source>
      <translation>管理用户账号（见 “salesdesk user --help”）</translation>
    </message>
    <message>
      <source>move records still linked to merged-away customer files to the kept files (needs --user NAME of a manager or the administrator once accounts exist)</source>
      <translation>把仍关联在已被合并档案上的记录转移到保留的档案（建立账号后需要经理或管理员的 --user NAME）</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
      <source>open the window, every tab and every form, print OK and exit</source>
      <translation>打开主窗口、每个标签页并生成每种表单，输出 OK 后退出</translation>
    </message>
    <message>
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <source>random seed, for the same data every time</source>
      <translation>随机种子，每次生成相同的数据</translation>
    </message>
    <message>
      <source>row {row}, {field}: {message}</source>
      <translation>第 {row} 行，{field}：{message}</translation>
    </message>
    <message>
      <source>salesdesk: error: {message}
Run 'salesdesk --help' for the options.</source>
      <translation>salesdesk：错误：{message}
运行 “salesdesk --help” 查看可用选项。</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
      <source>the database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
      <source>unknown language '{lang}': use zh_CN or en</source>
      <translation>未知语言“{lang}”：请使用 zh_CN 或 en</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
    <message>
      <source>visits to create (default 2000)</source>
      <translation>要生成的来访记录数（默认 2000）</translation>
    </message>
    <message>
      <source>write the rejected rows with their reasons to this file (.xlsx or .csv)</source>
      <translation>把被拒绝的行及原因写入此文件（.xlsx 或 .csv）</translation>
    </message>
    <message>
      <source>{good} of {total} rows are ready to import; {bad} rows have problems (listed below). Nothing has been written yet.</source>
      <translation>共 {total} 行，其中 {good} 行可以导入；{bad} 行有问题（见下表）。尚未写入任何数据。</translation>
    </message>
    <message>
      <source>{label} is too long ({n} characters; at most {max}). Shorten it.</source>
      <translation>{label}过长（{n} 个字符；最多 {max} 个）。请缩短。</translation>
    </message>
    <message>
      <source>{label}: at most 2000 characters.</source>
      <translation>{label}：最多 2000 个字符。</translation>
    </message>
    <message>
      <source>{label}: choose one of the offered values.</source>
      <translation>{label}：请从给出的选项中选择。</translation>
    </message>
    <message>
      <source>{label}: enter a number from {lo} to {hi}.</source>
      <translation>{label}：请输入 {lo} 到 {hi} 之间的数字。</translation>
    </message>
    <message>
      <source>{label}: enter a whole number.</source>
      <translation>{label}：请输入整数。</translation>
    </message>
    <message>
      <source>{label}: the list needs at least one entry.</source>
      <translation>{label}：列表至少需要一项。</translation>
    </message>
    <message>
      <source>{name} has to confirm the override with their password.</source>
      <translation>{name} 需要输入自己的密码确认放行。</translation>
    </message>
    <message>
      <source>{name} may not override the refusal list. Ask a manager.</source>
      <translation>{name} 无权放行拒绝接待名单上的人员，请找经理。</translation>
    </message>
    <message>
      <source>{ok} of {total} rows imported; {bad} rows rejected.</source>
      <translation>已导入 {total} 行中的 {ok} 行；{bad} 行未导入。</translation>
    </message>
    <message>
      <source>{path} cannot be opened: it is open in another program (Excel or WPS?) or you may not read it. Close it there and try again.</source>
      <translation>无法打开 {path}：文件正被其他程序（Excel 或 WPS？）打开，或您没有读取权限。请先在该程序中关闭文件，然后重试。</translation>
    </message>
    <message>
      <source>{path} cannot be read as an Excel workbook (it is damaged or another kind of file). Open it in Excel and save it again as .xlsx.</source>
      <translation>无法按 Excel 工作簿读取 {path}（文件已损坏或是其他类型的文件）。请在 Excel 中打开并重新另存为 .xlsx。</translation>
    </message>
    <message>
      <source>{path} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again as .xlsx.</source>
      <translation>无法将 {path} 作为 Excel 工作簿读取（{reason}）。请在 Excel 中打开并重新另存为 .xlsx。</translation>
    </message>
    <message>
      <source>{path} could not be read ({reason}). Check the file and try again.</source>
      <translation>无法读取 {path}（{reason}）。请检查文件后重试。</translation>
    </message>
    <message>
      <source>{path} is a folder. Give a file name.</source>
      <translation>{path} 是文件夹。请给出文件名。</translation>
    </message>
    <message>
      <source>{path} is a folder. Give the Excel or CSV file to import.</source>
      <translation>{path} 是文件夹。请指定要导入的 Excel 或 CSV 文件。</translation>
    </message>
    <message>
      <source>{path} is a text (CSV) file with an Excel name, not a workbook. Rename it to .csv and import it, or open it in Excel and save it as .xlsx.</source>
      <translation>{path} 是以 Excel 文件名保存的文本（CSV）文件，并不是工作簿。请把扩展名改为 .csv 后导入，或在 Excel 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
      <source>{path} is a web page saved with an Excel name, not a workbook. Open it in Excel or WPS and save it as .xlsx, then import that.</source>
      <translation>{path} 是以 Excel 文件名保存的网页，并不是工作簿。请在 Excel 或 WPS 中打开并另存为 .xlsx，再导入该文件。</translation>
    </message>
    <message>
      <source>{path} is an old .xls workbook. Open it in Excel or WPS and save it as .xlsx, then import that.</source>
      <translation>{path} 是旧版 .xls 工作簿。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
      <source>{path} is empty (0 bytes). Open the list in Excel, save it again, and import the saved file.</source>
      <translation>{path} 是空文件（0 字节）。请在 Excel 中打开该名单，重新保存后再导入保存的文件。</translation>
    </message>
    <message>
      <source>{path} is neither UTF-8 nor GBK text. Save it from Excel as 'CSV UTF-8'.</source>
      <translation>{path} 既不是 UTF-8 也不是 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
      <source>{path} is not a readable CSV file (line {line}: {reason}). Open it in Excel or WPS and save it as 'CSV UTF-8', or as .xlsx.</source>
      <translation>{path} 不是可以读取的 CSV 文件（第 {line} 行：{reason}）。请在 Excel 或 WPS 中打开，另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
      <source>{path} is protected with a password. Open it in Excel or WPS, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it, then import it.</source>
      <translation>{path} 设置了打开密码。请在 Excel 或 WPS 中打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿 &gt; 用密码进行加密），保存后再导入。</translation>
    </message>
    <message>
      <source>{value} is not a date between 1900 and 2100. Check the date.</source>
      <translation>{value} 不是 1900 至 2100 年之间的日期，请检查。</translation>
    </message>
    <message>
      <source>{value} is not a date.</source>
      <translation>{value} 不是日期。</translation>
    </message>
    <message>
      <source>{verb} data (see 'salesdesk {verb} --help')</source>
      <translation>{verb} 数据（见 “salesdesk {verb} --help”）</translation>
    </message>
  </context>
</TS>
