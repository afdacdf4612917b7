# Quotes, backslashes, newlines, carriage returns and tabs in strings of the .drv file.
(derivation {
  name = "escaping";
  system = "x86_64-linux";
  builder = "/bin/sh \"quoted\" \\ back";
  args = [ "line\nbreak" "tab\there" "cr\rhere" "dollar $x \${y}" ];
  "weird\"key" = "value\nwith\tall\r\\";
}).drvPath
