/* The C baseline: drain libyaml's parser events for each file and build nothing.
 * This is the fastest any libyaml-based tool can read YAML.
 * Usage: yaml-drain FILE...  or  yaml-drain -l LIST  (LIST: a file with one path a line)
 * Prints the number of events, so the work cannot be skipped. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static unsigned long drain(const char *path) {
  FILE *file = fopen(path, "rb");
  if (!file) { perror(path); exit(2); }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
  if (size > 0 && fread(bytes, 1, (size_t)size, file) != (size_t)size) { perror(path); exit(2); }
  fclose(file);
  yaml_parser_t parser;
  yaml_event_t event;
  unsigned long events = 0;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, bytes, (size_t)size);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: parse error\n", path); exit(2); }
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    events++;
    if (done) break;
  }
  yaml_parser_delete(&parser);
  free(bytes);
  return events;
}

int main(int argc, char **argv) {
  unsigned long total = 0;
  if (argc == 3 && argv[1][0] == '-' && argv[1][1] == 'l') {
    FILE *list = fopen(argv[2], "r");
    if (!list) { perror(argv[2]); return 2; }
    char line[4096];
    while (fgets(line, sizeof line, list)) {
      size_t n = 0;
      while (line[n] && line[n] != '\n') n++;
      line[n] = 0;
      if (n) total += drain(line);
    }
    fclose(list);
  } else {
    for (int i = 1; i < argc; i++) total += drain(argv[i]);
  }
  printf("%lu events\n", total);
  return 0;
}
