# __structuredAttrs passes the attributes as one JSON document.
(derivation {
  name = "hello"; builder = "/bin/sh"; system = "x86_64-linux";
  __structuredAttrs = true;
  numbers = [ 1 2.5 (-3) ];
  flags = { a = true; b = null; };
  text = "line\nwith \"quotes\"";
}).drvPath
