# __toString takes precedence over outPath
toString { outPath = "/out"; __toString = self: "custom"; }
