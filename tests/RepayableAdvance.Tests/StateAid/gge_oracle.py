from decimal import Decimal as D, getcontext
import datetime as dt
getcontext().prec = 60
def add_months(d, m):
    y = d.year + (d.month - 1 + m)//12; mo = (d.month - 1 + m)%12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1]); return dt.date(y, mo, day)
def df(rate, days, basis=365):
    return ((1+rate).ln() * (-D(days)/D(basis))).exp()
def gge(principal, start, n, deferral, base, margin_bp, method):
    ref = base + D(margin_bp)/10000
    disc = base + D('0.01') if method=='A' else ref
    dues = [add_months(start, k) for k in range(1, n+1)]
    amort = n - deferral
    p_each = principal / amort
    out = principal; total = D(0); prev = start; lines=[]
    for i, due in enumerate(dues, 1):
        a=(prev-start).days; b=(due-start).days
        refint = out*(df(ref,a)/df(ref,b)-1)
        pv = df(disc,b)*refint
        total += pv
        lines.append((due, out, refint, df(disc,b), pv))
        if i > deferral: out -= p_each
        prev = due
    return total, lines
import sys
base = D('0.0221')
for m in (400, 650, 1000):
    for meth in 'AB':
        t, lines = gge(D(300000), dt.date(2025,7,15), 60, 12, base, m, meth)
        print(m, meth, round(t, 10))
        if m==650 and meth=='A':
            for l in lines[:3]: print('  ', l[0], l[1], round(l[2],6), round(l[3],12), round(l[4],6))
