enum WerkbankUIPlaceholder {}
