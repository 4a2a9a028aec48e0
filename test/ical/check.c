/*
 * Checks iCalendar files with libical, as calendar software reads them:
 * each file is parsed, then held against the iTIP restrictions (RFC 5546) of
 * its METHOD. Every X-LIC-ERROR that libical attaches is printed; the exit
 * status is 1 when any file has one (or cannot be read or parsed), else 0.
 *
 *   cc check.c -o check $(pkg-config --cflags --libs libical)
 *   ./check file.ics [more.ics ...]
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static char *read_all(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t size = 0, cap = 4096;
  char *buf = malloc(cap);
  size_t n;
  while (buf && (n = fread(buf + size, 1, cap - size - 1, f)) > 0) {
    size += n;
    if (cap - size < 2) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
  }
  fclose(f);
  if (buf) buf[size] = '\0';
  return buf;
}

static int report(icalcomponent *comp, const char *path) {
  int errors = 0;
  for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
    printf("%s: %s: %s\n", path, icalcomponent_kind_to_string(icalcomponent_isa(comp)), icalproperty_get_xlicerror(p));
    errors++;
  }
  for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT)) {
    errors += report(c, path);
  }
  return errors;
}

int main(int argc, char **argv) {
  int failed = 0;
  if (argc < 2) {
    fprintf(stderr, "usage: %s file.ics [more.ics ...]\n", argv[0]);
    return 2;
  }
  for (int i = 1; i < argc; i++) {
    char *text = read_all(argv[i]);
    if (!text) {
      printf("%s: cannot be read\n", argv[i]);
      failed = 1;
      continue;
    }
    icalcomponent *root = icalparser_parse_string(text);
    free(text);
    if (!root) {
      printf("%s: libical cannot parse it\n", argv[i]);
      failed = 1;
      continue;
    }
    icalcomponent *calendar = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT
                                  ? root
                                  : icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
    if (!calendar) {
      printf("%s: no VCALENDAR\n", argv[i]);
      failed = 1;
    } else {
      icalrestriction_check(calendar);
    }
    if (report(root, argv[i]) > 0) failed = 1;
    icalcomponent_free(root);
  }
  return failed;
}
