# Convenience targets; the real work is in scripts/ and SwiftPM.
PREFIX ?= /usr/local

.PHONY: run test build install uninstall

run:
	swift run werkbank

test:
	scripts/test

build:
	swift build -c release --product werkbank

# Installs the binary as $(PREFIX)/bin/werkbank and the sample cases as
# $(PREFIX)/share/werkbank/SampleCases, where the installed binary looks for them.
install: build
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/werkbank"
	install -m 755 "$$(swift build -c release --show-bin-path)/werkbank" "$(PREFIX)/bin/werkbank"
	rm -rf "$(PREFIX)/share/werkbank/SampleCases"
	cp -R SampleCases "$(PREFIX)/share/werkbank/SampleCases"
	rm -rf "$(PREFIX)/share/werkbank/Themes"
	cp -R Themes "$(PREFIX)/share/werkbank/Themes"

uninstall:
	rm -f "$(PREFIX)/bin/werkbank"
	rm -rf "$(PREFIX)/share/werkbank"
