#!/usr/bin/python3
"""Tamper with one member of an evidence bundle, for the tests.

  zipedit.py IN.zip OUT.zip list
  zipedit.py IN.zip OUT.zip flip NAME      flip one byte in the middle
  zipedit.py IN.zip OUT.zip delete NAME
  zipedit.py IN.zip OUT.zip swaplines NAME swap its first two entry lines
  zipedit.py IN.zip OUT.zip replace NAME FILE
NAME is relative to the bundle's top folder.
"""
import sys
import zipfile

src, dst, op = sys.argv[1], sys.argv[2], sys.argv[3]
zin = zipfile.ZipFile(src)
names = zin.namelist()
top = names[0].split("/")[0] + "/"
if op == "list":
    for n in names:
        print(n[len(top):])
    sys.exit(0)
target = top + sys.argv[4]
if target not in names:
    sys.exit("no member " + target)
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for n in names:
        data = zin.read(n)
        if n == target:
            if op == "delete":
                continue
            if op == "flip":
                data = bytearray(data)
                data[len(data) // 2] ^= 0x01
                data = bytes(data)
            elif op == "swaplines":
                lines = data.split(b"\n")
                idx = [i for i, l in enumerate(lines)
                       if l and not l.startswith(b"#")]
                a, b = idx[0], idx[1]
                lines[a], lines[b] = lines[b], lines[a]
                data = b"\n".join(lines)
            elif op == "replace":
                data = open(sys.argv[5], "rb").read()
        zout.writestr(n, data)
