# Copying a missing path whose name is not a valid store name: its absence is reported first
builtins.toJSON ./missing/${"a b"}
