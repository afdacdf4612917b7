# outPath may itself be a set with outPath
toString { outPath = { outPath = "/inner"; }; }
