builtins.toJSON

[

  "ok"
  "_invalid UTF-8: ÿ_"
]
