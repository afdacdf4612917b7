# invalid pattern: a range whose end is below its start
builtins.match "[z-a]" ""
