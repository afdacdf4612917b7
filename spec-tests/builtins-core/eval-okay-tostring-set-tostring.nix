# toString of a set with __toString calls it with the set
toString { v = "x"; __toString = self: "v=" + self.v; }
