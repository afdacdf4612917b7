# import a file that evaluates to a number
import ../../fixtures/import/scalar.nix
