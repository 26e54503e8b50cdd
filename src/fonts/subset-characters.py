import sys,glob
cps=set()
for r in [(0x20,0x7E),(0xA0,0x24F),(0x370,0x3FF),(0x400,0x4FF),(0x2000,0x206F),(0x2070,0x209F),(0x20A0,0x20BF),(0x2100,0x218F),(0x2190,0x21FF),(0x2200,0x22FF),(0x2460,0x24FF),(0x2500,0x257F),(0x25A0,0x25FF),(0x3000,0x303F),(0x3100,0x312F),(0xFE30,0xFE4F),(0xFF00,0xFFEF)]:
    cps.update(range(r[0],r[1]+1))
for hi in range(0xA1,0xC7):
    for lo in list(range(0x40,0x7F))+list(range(0xA1,0xFF)):
        try:
            for ch in bytes([hi,lo]).decode('big5'): cps.add(ord(ch))
        except Exception: pass
n=len(cps)
for f in glob.glob((sys.argv[1] if len(sys.argv) > 1 else '../../../shared/paper') + '/*'):
    try: t=open(f,encoding='utf-8').read()
    except Exception: continue
    cps.update(ord(c) for c in t if ord(c)>=0x2E80)
print(len(cps), "characters", file=sys.stderr)
print(','.join('U+%04X'%c for c in sorted(cps)))
