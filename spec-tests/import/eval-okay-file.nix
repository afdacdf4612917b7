# import a file that evaluates to a set
(import ../../fixtures/import/lib.nix).nested.value
