# restricted mode: import outside the allowed paths
import /etc/nixref-no-such-file.nix
