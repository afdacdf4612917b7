# seq forces its first argument to weak head normal form only
builtins.seq { a = throw "not forced"; } "ok"
