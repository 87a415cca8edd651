<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>&amp;Audit trail…</source>
      <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Lock now</source>
      <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;New user…</source>
      <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Reset password…</source>
      <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>查询(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Users…</source>
      <translation>用户(&amp;U)…</translation>
    </message>
    <message>
      <source>--password-stdin was given but standard input had no (more) lines. Pipe the password in, one per line.</source>
      <translation>指定了 --password-stdin，但标准输入中没有（更多）行。请通过管道输入密码，每行一个。</translation>
    </message>
    <message>
      <source>A password cannot start or end with a space.</source>
      <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
      <source>A password may have at most {n} characters.</source>
      <translation>密码最多 {n} 个字符。</translation>
    </message>
    <message>
      <source>A password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <source>A user name may only have letters, digits, dot, dash or underscore (at most 64).</source>
      <translation>用户名只能包含字母、数字、点、短横线或下划线（最多 64 个字符）。</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>账号</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <source>All actions</source>
      <translation>全部操作</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>全部记录</translation>
    </message>
    <message>
      <source>All users</source>
      <translation>全部用户</translation>
    </message>
    <message>
      <source>An administrator already exists. Log in, or ask the administrator for an account.</source>
      <translation>管理员已存在。请登录，或向管理员申请账号。</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>不限日期</translation>
    </message>
    <message>
      <source>Appointment</source>
      <translation>预约</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>操作日志</translation>
    </message>
    <message>
      <source>Audit trail exported to {path}</source>
      <translation>操作日志已导出至 {path}</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>Can log in</source>
      <translation>可以登录</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cannot ask for a password: no terminal. Pipe it in with --password-stdin.</source>
      <translation>无法询问密码：没有终端。请用 --password-stdin 通过管道输入。</translation>
    </message>
    <message>
      <source>Change &amp;password…</source>
      <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>Changes (before → after)</source>
      <translation>变更（修改前 → 修改后）</translation>
    </message>
    <message>
      <source>Choose a role: receptionist, consultant, manager or admin.</source>
      <translation>请选择角色：前台、置业顾问、经理或管理员。</translation>
    </message>
    <message>
      <source>Command line</source>
      <translation>命令行</translation>
    </message>
    <message>
      <source>Command run</source>
      <translation>执行命令</translation>
    </message>
    <message>
      <source>Consultant on duty</source>
      <translation>顾问值班</translation>
    </message>
    <message>
      <source>Contact recorded</source>
      <translation>记录联系</translation>
    </message>
    <message>
      <source>Create and log in</source>
      <translation>创建并登录</translation>
    </message>
    <message>
      <source>Create the administrator account</source>
      <translation>创建管理员账号</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Created {user} ({role}).</source>
      <translation>已创建 {user}（{role}）。</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Edit user {user}</source>
      <translation>编辑用户 {user}</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Enter a user name (letters, digits, dot, dash or underscore).</source>
      <translation>请输入用户名（字母、数字、点、短横线或下划线）。</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exit SalesDesk</source>
      <translation>退出 SalesDesk</translation>
    </message>
    <message>
      <source>Export the audit trail</source>
      <translation>导出操作日志</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>File lent</source>
      <translation>档案借出</translation>
    </message>
    <message>
      <source>File returned</source>
      <translation>档案归还</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>Graded</source>
      <translation>评级</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Links moved from merged-away files</source>
      <translation>已从被合并档案转移关联记录</translation>
    </message>
    <message>
      <source>Lock the window after this many idle minutes (0 = never)</source>
      <translation>闲置多少分钟后锁定窗口（0 = 从不）</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Log in as another user. Open forms stay as they are.</source>
      <translation>以其他用户身份登录。已打开的表单保持不变。</translation>
    </message>
    <message>
      <source>Log in with your user name and password.</source>
      <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
      <source>Log in — SalesDesk</source>
      <translation>登录 — SalesDesk</translation>
    </message>
    <message>
      <source>Logged in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Logged out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <source>Logged-in user</source>
      <translation>当前登录用户</translation>
    </message>
    <message>
      <source>Login failed</source>
      <translation>登录失败</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>合并</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>提示信息</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <source>New password for {user}: </source>
      <translation>{user} 的新密码：</translation>
    </message>
    <message>
      <source>New password set for {user}.</source>
      <translation>已为 {user} 设置新密码。</translation>
    </message>
    <message>
      <source>New user</source>
      <translation>新建用户</translation>
    </message>
    <message>
      <source>Nobody is logged in.</source>
      <translation>当前没有用户登录。</translation>
    </message>
    <message>
      <source>Only managers and the administrator read the audit trail.</source>
      <translation>只有经理和管理员可以查看操作日志。</translation>
    </message>
    <message>
      <source>Only the administrator manages user accounts.</source>
      <translation>只有管理员可以管理用户账号。</translation>
    </message>
    <message>
      <source>Ownership dispute</source>
      <translation>客户归属争议</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>密码已修改。</translation>
    </message>
    <message>
      <source>Password confirmed (approval)</source>
      <translation>密码确认（审批）</translation>
    </message>
    <message>
      <source>Password for {user}: </source>
      <translation>{user} 的密码：</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Phone added</source>
      <translation>添加电话</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>案场接待</translation>
    </message>
    <message>
      <source>Reception ended (done serving)</source>
      <translation>接待结束（接待完毕）</translation>
    </message>
    <message>
      <source>Receptionist</source>
      <translation>前台接待</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Record number</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <source>Refusal list</source>
      <translation>拒绝接待名单</translation>
    </message>
    <message>
      <source>Refusal overridden</source>
      <translation>越过拒绝接待放行</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>再次输入新密码</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <source>Repeat the password: </source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>Reset the password of {user}</source>
      <translation>重置 {user} 的密码</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Rows found</source>
      <translation>查到的行数</translation>
    </message>
    <message>
      <source>S&amp;witch user…</source>
      <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
      <source>Sales consultant</source>
      <translation>置业顾问</translation>
    </message>
    <message>
      <source>SalesDesk is locked</source>
      <translation>SalesDesk 已锁定</translation>
    </message>
    <message>
      <source>SalesDesk is locked. {user} can log in again and continue where they were (unsaved forms are kept); another user may log in instead.</source>
      <translation>SalesDesk 已锁定。{user} 重新登录后可继续之前的工作（未保存的表单会保留）；也可由其他用户登录。</translation>
    </message>
    <message>
      <source>Select a user in the list first.</source>
      <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Settings changed</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <source>Signed off</source>
      <translation>已下班</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Status changed</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <source>Switch user</source>
      <translation>切换用户</translation>
    </message>
    <message>
      <source>Tell the user the new password in person; they should change it at once (Tools &gt; Change password).</source>
      <translation>请当面告知用户新密码；用户应立即修改（工具 &gt; 修改密码）。</translation>
    </message>
    <message>
      <source>The account {user} is disabled. Ask the administrator to enable it.</source>
      <translation>账号 {user} 已停用。请联系管理员启用。</translation>
    </message>
    <message>
      <source>The audit trail cannot be changed: its rows are append-only.</source>
      <translation>操作日志不能修改：只能追加，不能更改或删除。</translation>
    </message>
    <message>
      <source>The current password is not right.</source>
      <translation>当前密码不正确。</translation>
    </message>
    <message>
      <source>The customer file {no} belongs to another consultant; you may read it but not change it. Ask its consultant or a manager.</source>
      <translation>客户档案 {no} 属于其他置业顾问；您可以查阅但不能修改。请联系其置业顾问或经理。</translation>
    </message>
    <message>
      <source>The customer file {no} is confidential: only its consultant and managers may read it.</source>
      <translation>客户档案 {no} 为保密档案：只有其置业顾问和经理可以查阅。</translation>
    </message>
    <message>
      <source>The new password must differ from the current one.</source>
      <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
      <source>The two new passwords differ. Type the same password twice.</source>
      <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
      <source>The two passwords differ. Type the same password twice.</source>
      <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
      <source>The user name {user} is taken. Choose another.</source>
      <translation>用户名 {user} 已被使用，请另选一个。</translation>
    </message>
    <message>
      <source>There are no accounts yet: create the administrator first (salesdesk user add NAME --role admin).</source>
      <translation>尚无任何账号：请先创建管理员（salesdesk user add 用户名 --role admin）。</translation>
    </message>
    <message>
      <source>There is no user named {user}. 'salesdesk user list' shows the accounts.</source>
      <translation>没有名为 {user} 的用户。“salesdesk user list”可列出所有账号。</translation>
    </message>
    <message>
      <source>This command changes or exports data, so it needs your account: add --user NAME before the command (the password is asked, or piped in with --password-stdin).</source>
      <translation>此命令会修改或导出数据，需要您的账号：请在命令前加上 --user 用户名（会询问密码，或用 --password-stdin 通过管道输入）。</translation>
    </message>
    <message>
      <source>This is the last active administrator. Make another user administrator first.</source>
      <translation>这是最后一个在用的管理员账号。请先将其他用户设为管理员。</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Too many wrong passwords: the account {user} is locked until {time}. Try again then, or ask the administrator to unlock it.</source>
      <translation>密码错误次数过多：账号 {user} 已锁定至 {time}。请届时再试，或请管理员解锁。</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>User account</source>
      <translation>用户账号</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>User: {name} ({role})</source>
      <translation>用户：{name}（{role}）</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Viewed (confidential)</source>
      <translation>查阅（保密）</translation>
    </message>
    <message>
      <source>Visitor signed in</source>
      <translation>访客登记进入</translation>
    </message>
    <message>
      <source>Visitor signed out</source>
      <translation>访客离开</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>Welcome to SalesDesk. Nobody has an account yet: create the administrator's account. The administrator then creates accounts for the receptionists, consultants and managers (Tools &gt; Users…). There is no default password.</source>
      <translation>欢迎使用 SalesDesk。目前还没有任何账号：请创建管理员账号。之后由管理员为前台、置业顾问和经理创建账号（工具 &gt; 用户…）。系统没有默认密码。</translation>
    </message>
    <message>
      <source>Window locked</source>
      <translation>窗口锁定</translation>
    </message>
    <message>
      <source>Wrong password {max} times: the account {user} is locked for {m} minutes.</source>
      <translation>密码已错误 {max} 次：账号 {user} 锁定 {m} 分钟。</translation>
    </message>
    <message>
      <source>Wrong user name or password. Check the user name and try again (Caps Lock?).</source>
      <translation>用户名或密码错误。请检查用户名后重试（是否开启了大写锁定？）。</translation>
    </message>
    <message>
      <source>Wrong user name or password. {n} more wrong attempt(s) lock the account for {m} minutes.</source>
      <translation>用户名或密码错误。再错 {n} 次，账号将被锁定 {m} 分钟。</translation>
    </message>
    <message>
      <source>You are named in this complaint ({what}), so you may not open or handle it (回避). A manager assigns another handler.</source>
      <translation>您是此投诉涉及的人员（{what}），按回避原则不能查看或处理。将由经理另行指派处理人。</translation>
    </message>
    <message>
      <source>You are not allowed to {what}. Ask a manager.</source>
      <translation>您无权{what}。请联系经理。</translation>
    </message>
    <message>
      <source>You are not allowed to {what}. Ask the administrator.</source>
      <translation>您无权{what}。请联系管理员。</translation>
    </message>
    <message>
      <source>You cannot disable your own account while logged in.</source>
      <translation>不能停用自己当前登录的账号。</translation>
    </message>
    <message>
      <source>a staff entry without a password (cannot log in)</source>
      <translation>不设密码的员工条目（不能登录）</translation>
    </message>
    <message>
      <source>account disabled</source>
      <translation>账号已停用</translation>
    </message>
    <message>
      <source>account locked</source>
      <translation>账号已锁定</translation>
    </message>
    <message>
      <source>active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>allow the account to log in again</source>
      <translation>允许账号重新登录</translation>
    </message>
    <message>
      <source>assign a complaint to a handler</source>
      <translation>指派投诉处理人</translation>
    </message>
    <message>
      <source>at least {n} characters</source>
      <translation>至少 {n} 个字符</translation>
    </message>
    <message>
      <source>change a customer's consultant</source>
      <translation>更换客户的置业顾问</translation>
    </message>
    <message>
      <source>change a user's role, name or department, or disable the account (administrator)</source>
      <translation>修改用户的角色、姓名或部门，或停用账号（管理员）</translation>
    </message>
    <message>
      <source>change settings</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <source>complained about</source>
      <translation>被投诉人</translation>
    </message>
    <message>
      <source>copy the whole database to a file of your choice</source>
      <translation>将整个数据库复制到自选文件</translation>
    </message>
    <message>
      <source>create a user account</source>
      <translation>新建用户账号</translation>
    </message>
    <message>
      <source>destroy expired customer files</source>
      <translation>销毁过期客户档案</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>e.g. TS-2026-0001 or part of it</source>
      <translation>例如 TS-2026-0001 或其中一部分</translation>
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
      <source>exit code {rc}</source>
      <translation>退出码 {rc}</translation>
    </message>
    <message>
      <source>export or print lists with personal data</source>
      <translation>导出或打印含个人信息的清单</translation>
    </message>
    <message>
      <source>export statistics</source>
      <translation>导出统计数据</translation>
    </message>
    <message>
      <source>first administrator</source>
      <translation>首个管理员</translation>
    </message>
    <message>
      <source>import data</source>
      <translation>导入数据</translation>
    </message>
    <message>
      <source>lift a lockout after too many wrong passwords (administrator)</source>
      <translation>解除因密码错误过多造成的锁定（管理员）</translation>
    </message>
    <message>
      <source>list the user accounts</source>
      <translation>列出用户账号</translation>
    </message>
    <message>
      <source>locked until {time}</source>
      <translation>锁定至 {time}</translation>
    </message>
    <message>
      <source>login name (letters, digits, . _ -)</source>
      <translation>登录名（字母、数字、. _ -）</translation>
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
      <source>name shown in lists</source>
      <translation>列表中显示的姓名</translation>
    </message>
    <message>
      <source>name shown in lists (default: NAME)</source>
      <translation>列表中显示的姓名（默认为登录名）</translation>
    </message>
    <message>
      <source>no login</source>
      <translation>不能登录</translation>
    </message>
    <message>
      <source>override the refusal list</source>
      <translation>越过拒绝接待名单放行</translation>
    </message>
    <message>
      <source>password changed by its owner</source>
      <translation>本人修改了密码</translation>
    </message>
    <message>
      <source>password reset by an administrator</source>
      <translation>管理员重置了密码</translation>
    </message>
    <message>
      <source>read confidential customer files</source>
      <translation>查阅机密客户档案</translation>
    </message>
    <message>
      <source>read the --user password from the first line of standard input</source>
      <translation>从标准输入的第一行读取 --user 的密码</translation>
    </message>
    <message>
      <source>read the audit trail</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <source>read the new password from standard input instead of asking</source>
      <translation>从标准输入读取新密码，而不是询问</translation>
    </message>
    <message>
      <source>read the new user's password from standard input instead of asking</source>
      <translation>从标准输入读取新用户的密码，而不是询问</translation>
    </message>
    <message>
      <source>receptionist, consultant, manager or admin</source>
      <translation>receptionist（前台）、consultant（置业顾问）、manager（经理）或 admin（管理员）</translation>
    </message>
    <message>
      <source>restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>run as this user (asked for its password); needed for commands that change or export data once accounts exist</source>
      <translation>以此用户身份运行（会询问其密码）；建立账号后，修改或导出数据的命令必须提供</translation>
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
      <source>set a new password for a user (administrator)</source>
      <translation>为用户设置新密码（管理员）</translation>
    </message>
    <message>
      <source>sign off a handling opinion</source>
      <translation>审批处理意见</translation>
    </message>
    <message>
      <source>switched to {user}</source>
      <translation>切换为 {user}</translation>
    </message>
    <message>
      <source>the account can no longer log in (kept for the records)</source>
      <translation>账号不能再登录（记录保留）</translation>
    </message>
    <message>
      <source>the department, shown in the user list</source>
      <translation>所在部门（显示在用户列表中）</translation>
    </message>
    <message>
      <source>the staff member's phone (extension)</source>
      <translation>员工的电话（分机）</translation>
    </message>
    <message>
      <source>the user's login name</source>
      <translation>用户的登录名</translation>
    </message>
    <message>
      <source>unknown user name</source>
      <translation>用户名不存在</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>已解锁</translation>
    </message>
    <message>
      <source>void a complaint</source>
      <translation>作废投诉</translation>
    </message>
    <message>
      <source>void a visit</source>
      <translation>作废来访记录</translation>
    </message>
    <message>
      <source>wrong password ({n} of {max})</source>
      <translation>密码错误（第 {n} 次，共 {max} 次）</translation>
    </message>
    <message>
      <source>wrong password; account locked for {m} minutes</source>
      <translation>密码错误；账号锁定 {m} 分钟</translation>
    </message>
    <message>
      <source>{n} rows</source>
      <translation>{n} 行</translation>
    </message>
    <message>
      <source>{n} rows to {file}</source>
      <translation>{n} 行，导出至 {file}</translation>
    </message>
    <message>
      <source>{user} is now: {role}, {state}.</source>
      <translation>{user} 现在为：{role}，{state}。</translation>
    </message>
    <message>
      <source>{user} is unlocked.</source>
      <translation>{user} 已解锁。</translation>
    </message>
  </context>
</TS>
