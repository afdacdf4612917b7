# the file fetchurl gives can be imported
import (builtins.fetchurl "file://${toString ../../fixtures/store}/value.nix")
