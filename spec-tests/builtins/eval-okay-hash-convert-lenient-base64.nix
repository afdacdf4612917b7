# base-64 decoding stops at =, skips newlines and ignores leftover bits
map (h: builtins.convertHash { hash = h; hashAlgo = "md5"; toHashFormat = "base16"; }) [
  "md5-kAFQmDzST7DWlj99KOF/cg"
  "md5-kAFQmDzST7DWlj99KOF/cg=xyz"
  "kAFQmDzST7DWlj99KOF/cg=x"
  "md5-kAFQmDz\nST7DWlj99KOF/cg=="
  "md5-kAFQmDzST7DWlj99KOF/ch=="
]
