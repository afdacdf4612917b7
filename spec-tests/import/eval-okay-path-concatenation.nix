# import of a path built with +
import (../../fixtures/import + "/scalar.nix")
