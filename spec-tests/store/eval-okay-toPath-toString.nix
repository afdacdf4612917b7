# toPath calls __toString
builtins.toPath { __toString = self: "/x/../y"; }
