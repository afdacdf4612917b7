# importing the same file twice gives equal values
(import ../../fixtures/import/lib.nix).nested == (import ../../fixtures/import/lib.nix).nested
