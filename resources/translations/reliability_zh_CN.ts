<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>SalesDesk</name>
    <message>
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>A backup to a file of your choice (-o) is a copy of everyone's personal data, so it needs your account: add --user NAME (a manager or the administrator). 'salesdesk backup' without -o writes into the backups folder and needs none.</source>
      <translation>备份到自选文件（-o）是所有人个人信息的副本，因此需要您的账号：请加上 --user NAME（经理或管理员）。不带 -o 的“salesdesk backup”写入备份文件夹，不需要账号。</translation>
    </message>
    <message>
      <source>A copy with -o leaves the data folder with everyone's personal data: once accounts exist it needs the account of a manager or the administrator (--user NAME). Backups into the backups folder need none.</source>
      <translation>用 -o 备份的副本会把所有人的个人信息带出数据文件夹：建立账号后，需要经理或管理员的账号（--user NAME）。备份到备份文件夹则不需要。</translation>
    </message>
    <message>
      <source>Automatic backups to keep</source>
      <translation>保留的自动备份份数</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>备份失败</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>备份已写入：{path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份列表</translation>
    </message>
    <message>
      <source>Backups are taken when the program closes, once a day, and with File &gt; Back up now. Older ones are deleted; copies taken before a restore are always kept.</source>
      <translation>程序关闭时、每天一次以及通过“文件 &gt; 立即备份”时会自动备份。较早的备份会被删除；恢复前保留的副本始终保留。</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <source>Before an upgrade</source>
      <translation>升级前</translation>
    </message>
    <message>
      <source>Cannot restore this file</source>
      <translation>无法恢复此文件</translation>
    </message>
    <message>
      <source>Choose a backup file</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <source>Choose a backup file…</source>
      <translation>选择备份文件…</translation>
    </message>
    <message>
      <source>Choose another backup…</source>
      <translation>选择其他备份…</translation>
    </message>
    <message>
      <source>Choose the backup to put back. The file is checked first, and the current database is kept as a copy in the backups folder, so a restore can itself be undone.</source>
      <translation>请选择要恢复的备份。程序会先检查该文件，并把当前数据库作为副本保留在备份文件夹中，因此恢复操作本身也可以撤销。</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <source>Daily backup written: {path}</source>
      <translation>每日备份已写入：{path}</translation>
    </message>
    <message>
      <source>Damaged database</source>
      <translation>数据库已损坏</translation>
    </message>
    <message>
      <source>Database restored from {path}</source>
      <translation>已从 {path} 恢复数据库</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>手动</translation>
    </message>
    <message>
      <source>No backups in {folder} yet.</source>
      <translation>{folder} 中还没有备份。</translation>
    </message>
    <message>
      <source>No good backup was found in {folder}. If you have a backup elsewhere (USB stick, other PC), choose it; otherwise ask your IT support to look at the file. It was not changed.</source>
      <translation>在 {folder} 中没有找到完好的备份。如果您在别处（U 盘、其他电脑）有备份，请选择它；否则请联系 IT 支持检查该文件。文件未被更改。</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>未做任何更改。</translation>
    </message>
    <message>
      <source>On exit</source>
      <translation>关闭时</translation>
    </message>
    <message>
      <source>Once accounts exist, restoring needs the account of a manager or the administrator, given before the command: salesdesk --user NAME restore FILE.</source>
      <translation>建立账号后，恢复需要经理或管理员的账号，写在命令之前：salesdesk --user NAME restore FILE。</translation>
    </message>
    <message>
      <source>Open anyway</source>
      <translation>仍然打开</translation>
    </message>
    <message>
      <source>Other file…</source>
      <translation>其他文件…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Replace the current database by this backup?

{file}
{what}

Everything entered after this backup was taken will no longer be in the registers. The current database is kept as a copy in the backups folder.</source>
      <translation>用此备份替换当前数据库吗？

{file}
{what}

此备份之后录入的所有内容将不再出现在登记簿中。当前数据库会作为副本保留在备份文件夹中。</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>Restore needs a database file (sqlite:///PATH), not {url}.</source>
      <translation>恢复需要数据库文件（sqlite:///路径），而不是 {url}。</translation>
    </message>
    <message>
      <source>Restore the latest good backup</source>
      <translation>恢复最近的完好备份</translation>
    </message>
    <message>
      <source>Restore the selected backup</source>
      <translation>恢复所选备份</translation>
    </message>
    <message>
      <source>Restored from {path}.</source>
      <translation>已从 {path} 恢复。</translation>
    </message>
    <message>
      <source>Restored from {path}. The damaged database was kept at {copy}.</source>
      <translation>已从 {path} 恢复。损坏的数据库已保留在 {copy}。</translation>
    </message>
    <message>
      <source>Restored {path} ({what}) into {db}.</source>
      <translation>已将 {path}（{what}）恢复到 {db}。</translation>
    </message>
    <message>
      <source>SalesDesk databases (*.db);;All files (*)</source>
      <translation>SalesDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>The backup could not be written to {path}: {reason}. Check that the folder exists, is writable and has free space.</source>
      <translation>无法将备份写入 {path}：{reason}。请检查文件夹是否存在、可写且有剩余空间。</translation>
    </message>
    <message>
      <source>The backup on closing failed: {reason}
Your data is still in the database; back up with File &gt; Back up now next time.</source>
      <translation>关闭时的备份失败：{reason}
您的数据仍在数据库中；下次请通过“文件 &gt; 立即备份”进行备份。</translation>
    </message>
    <message>
      <source>The backup was put in place but could not be opened: {reason}. The previous database was kept at {copy}.</source>
      <translation>备份已放回，但无法打开：{reason}。原数据库已保留在 {copy}。</translation>
    </message>
    <message>
      <source>The daily backup failed: {reason}</source>
      <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
      <source>The database cannot be used: it is damaged.</source>
      <translation>数据库已损坏，无法使用。</translation>
    </message>
    <message>
      <source>The database is open in SalesDesk on {host} (user {user}). Close SalesDesk there first, then restore. Nothing was changed.</source>
      <translation>数据库正在 {host}（用户 {user}）上的 SalesDesk 中打开。请先在那里关闭 SalesDesk，再进行恢复。未做任何更改。</translation>
    </message>
    <message>
      <source>The file {path} cannot be read: {reason}.</source>
      <translation>无法读取文件 {path}：{reason}。</translation>
    </message>
    <message>
      <source>The file {path} could not be copied for checking: {reason}.</source>
      <translation>无法复制文件 {path} 以进行检查：{reason}。</translation>
    </message>
    <message>
      <source>The file {path} does not exist or is not a file.</source>
      <translation>文件 {path} 不存在或不是文件。</translation>
    </message>
    <message>
      <source>The latest good backup is from {when} ({what}). Restore it? Whatever was entered after that time will have to be entered again. The damaged file is kept as a copy in the backups folder.</source>
      <translation>最近一份完好的备份来自 {when}（{what}）。要恢复它吗？该时间之后录入的内容需要重新录入。损坏的文件会作为副本保留在备份文件夹中。</translation>
    </message>
    <message>
      <source>The previous database was kept at {copy}.</source>
      <translation>原数据库已保留在 {copy}。</translation>
    </message>
    <message>
      <source>The restore could not replace {path}: {reason}. The database was not changed; a copy of it is at {copy}.</source>
      <translation>恢复时无法替换 {path}：{reason}。数据库未被更改；其副本位于 {copy}。</translation>
    </message>
    <message>
      <source>This database is already open in SalesDesk:</source>
      <translation>此数据库已在以下 SalesDesk 中打开：</translation>
    </message>
    <message>
      <source>This database is kept in memory only; there is nothing to back up.</source>
      <translation>此数据库仅存在于内存中，没有可备份的内容。</translation>
    </message>
    <message>
      <source>This database is kept in memory only; there is nothing to restore into.</source>
      <translation>此数据库仅存在于内存中，无法恢复到其中。</translation>
    </message>
    <message>
      <source>Unexpected error: {error}. Nothing more was saved for this action; details were written to {log}.</source>
      <translation>意外错误：{error}。此操作未再保存任何内容；详细信息已写入 {log}。</translation>
    </message>
    <message>
      <source>You can work in both: saving waits until the other side has finished. Restoring a backup is not possible while it is open elsewhere.</source>
      <translation>两边都可以工作：保存时会等待另一方完成。数据库在别处打开时不能恢复备份。</translation>
    </message>
    <message>
      <source>back up the database now (SQLite online backup, safe while the window is open)</source>
      <translation>立即备份数据库（SQLite 在线备份，窗口打开时也安全）</translation>
    </message>
    <message>
      <source>only check the file; change nothing</source>
      <translation>只检查文件，不做任何更改</translation>
    </message>
    <message>
      <source>replace the database by a backup (the file is checked first; the current database is kept as a copy)</source>
      <translation>用备份替换数据库（先检查文件；当前数据库保留为副本）</translation>
    </message>
    <message>
      <source>the backup to restore (a SalesDesk .db file)</source>
      <translation>要恢复的备份（SalesDesk .db 文件）</translation>
    </message>
    <message>
      <source>write the backup to FILE (or into a folder) instead of the backups folder</source>
      <translation>将备份写入 FILE（或某个文件夹），而不是备份文件夹</translation>
    </message>
    <message>
      <source>{n} complaints</source>
      <translation>投诉 {n} 件</translation>
    </message>
    <message>
      <source>{n} visits</source>
      <translation>来访 {n} 条</translation>
    </message>
    <message>
      <source>{path} is an SQLite database but not a SalesDesk database.</source>
      <translation>{path} 是 SQLite 数据库，但不是 SalesDesk 数据库。</translation>
    </message>
    <message>
      <source>{path} is damaged and cannot be restored (integrity check: {problem}).</source>
      <translation>{path} 已损坏，无法恢复（完整性检查：{problem}）。</translation>
    </message>
    <message>
      <source>{path} is damaged and cannot be restored ({reason}).</source>
      <translation>{path} 已损坏，无法恢复（{reason}）。</translation>
    </message>
    <message>
      <source>{path} is not a SalesDesk database (it is not an SQLite file).</source>
      <translation>{path} 不是 SalesDesk 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
      <source>{path} is the database itself. Choose another file for the backup.</source>
      <translation>{path} 就是数据库本身。请为备份选择另一个文件。</translation>
    </message>
    <message>
      <source>{path} was written by a newer SalesDesk (schema {found}; this program knows up to {known}). Install the newer SalesDesk to restore it.</source>
      <translation>{path} 由较新版本的 SalesDesk 写入（结构版本 {found}；本程序最高支持 {known}）。请安装新版 SalesDesk 后再恢复。</translation>
    </message>
    <message>
      <source>{path}: OK (schema {v}; {what}).</source>
      <translation>{path}：正常（结构版本 {v}；{what}）。</translation>
    </message>
    <message>
      <source>• {user} on {host}, since {since}</source>
      <translation>• {host} 上的 {user}，自 {since} 起</translation>
    </message>
  </context>
</TS>
