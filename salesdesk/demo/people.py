"""Plausible Chinese people, phones, companies and staff for demo data."""
from __future__ import annotations

import random
from typing import TYPE_CHECKING

from salesdesk.models.accounts import User

if TYPE_CHECKING:
    from salesdesk.demo import DemoResult

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯鹏辉建国建华志强志明文博子涵梓涵欣怡雨轩浩然一鸣思远晨曦佳怡嘉怡俊杰天佑梓轩诗涵语桐"
COMPANIES_A = ["华为", "阿里", "腾讯", "万科", "碧桂园", "中建", "国家电网", "招商银行", "平安保险", "比亚迪",
               "海尔", "美的", "格力", "联想", "京东", "顺丰", "中石化", "中国移动", "绿城", "保利", "新东方", "恒瑞医药"]
COMPANIES_B = ["科技有限公司", "集团", "有限公司", "分公司", "营业部", "研究院", "贸易有限公司", "实业有限公司"]
CITIES = ["杭州", "上海", "湖州", "宁波", "苏州", "南京", "深圳", "广州", "北京", "成都"]
PLATE_PREFIX = ["浙A", "浙E", "沪A", "沪B", "苏A", "苏E", "浙B", "京N", "粤B"]
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
                 "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"]
DEPARTMENTS = ["销售部", "客服部", "工程部", "物业部", "财务部"]


def name(rng: random.Random) -> str:
    given_len = 1 if rng.random() < 0.45 else 2
    return rng.choice(SURNAMES[:120]) + "".join(rng.choice(GIVEN) for _ in range(given_len))


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIX) + f"{rng.randrange(10**8):08d}"


def company(rng: random.Random) -> str:
    return rng.choice(CITIES) + rng.choice(COMPANIES_A) + rng.choice(COMPANIES_B)


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if rng.random() < 0.2:
        return rng.choice(PLATE_PREFIX) + "D" + "".join(rng.choice("0123456789") for _ in range(5))
    return rng.choice(PLATE_PREFIX) + "".join(rng.choice(letters) for _ in range(5))


def resident_id(rng: random.Random) -> str:
    from stdnum.cn import ric

    area = rng.choice(["330102", "330106", "330502", "310101", "320102", "110105", "440305"])
    body = f"{area}{rng.randint(1955, 2003)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")  # it ignores the last character: pass a placeholder


STAFF = [  # username, display name, role, department
    ("admin", "系统管理员", "admin", "行政部"),
    ("manager", "周经理", "manager", "销售部"),
    ("reception1", "前台小林", "receptionist", "客服部"),
    ("reception2", "前台小陈", "receptionist", "客服部"),
    ("sales1", "王置业", "consultant", "销售部"),
    ("sales2", "李置业", "consultant", "销售部"),
    ("sales3", "张置业", "consultant", "销售部"),
    ("sales4", "赵置业", "consultant", "销售部"),
    ("service1", "孙工程", "consultant", "工程部"),
]


def ensure_staff(rng: random.Random, result: "DemoResult | None" = None) -> list[User]:
    """The demo accounts (created once); passwords are set by the accounts module when present."""
    users = []
    for username, display, role, dept in STAFF:
        user, created = User.get_or_create(username=username, defaults={
            "display_name": display, "role": role, "department": dept, "phone": mobile(rng)})
        users.append(user)
        if created and result is not None:
            password = _demo_password(user)
            result.accounts.append((username, role, password))
    return users


def _demo_password(user: User) -> str:
    """Demo accounts get a known password, printed by ``salesdesk demo``."""
    from salesdesk import accounts

    password = f"demo-{user.username}-2026"
    accounts.set_password(user, password)
    return password


def sales_consultants(staff: list[User]) -> list[User]:
    """The demo's sales consultants (置业顾问): consultants of the sales department —
    not the engineer who handles complaints — falling back to anyone."""
    return ([u for u in staff if u.role == "consultant" and u.department == "销售部"]
            or [u for u in staff if u.role == "consultant"] or staff)
