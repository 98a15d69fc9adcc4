// The document layer builds without widgets so that tests and the command line never need a
// display; this file makes the compiler enforce it.
#if defined(QT_WIDGETS_LIB)
#error "models/ must not use Qt Widgets"
#endif
