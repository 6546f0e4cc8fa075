# `npm run cli -- directory …`: the agency directory as data.
directory-usage = Usage: directory list [--json] · directory import <file.csv|file.xlsx> [--dry-run] · directory export [<jurisdiction>] [--out <file.csv|file.xlsx>]
directory-none = No agency directory is loaded.
directory-line = { $id } · { $name } — { $agencies } agencies, { $groups } groups{ $retired ->
        [0] {""}
       *[other] , { $retired } inactive
    } ({ $origin ->
        [imported] imported from { $file } at { $at }
       *[shipped] shipped: directory/{ $file }
    })
directory-agency = { $id }	{ $name }	{ $kind }{ $active ->
        [yes] {""}
       *[no] 	inactive
    }
directory-which = There are several directories ({ $ids }): name one, e.g. directory export { $first }
directory-unknown = No directory "{ $id }". There are: { $ids }
directory-exported = Wrote the { $id } directory ({ $agencies } agencies) to { $out }.
directory-refused = ✗ { $file }: not imported, the directory is unchanged — { $count } errors:
directory-imported = ✓ { $file }: directory of { $name } ({ $id }) — { $agencies } agencies, { $groups } groups.
directory-dry-run = (dry run, nothing written — drop --dry-run to import)
directory-changes = Changes: { $added } added, { $removed } removed (history kept, marked inactive), { $changed } changed.
directory-change-added = + { $name } ({ $id })
directory-change-removed = − { $name } ({ $id })
directory-change-changed = ~ { $name } ({ $id }): { $fields }
directory-unchanged = Nothing changes against the directory in use.
directory-stale = { $count } agency phrases of loaded plans no longer resolve as before (re-import the plans to apply):
directory-stale-line = { $plan } { $key } ({ $role }): "{ $phrase }" — before: { $before }; now: { $after }
directory-stale-none = no agency
directory-warnings = Notes:
directory-more = … and { $count } more lines
directory-problem = line { $line }: { $message }
directory-problem-missing-column = the header has no "{ $column }" column (needed: kind, id, name)
directory-problem-unknown-column = column "{ $column }" is not used
directory-problem-no-jurisdiction = no row with kind = jurisdiction (the directory's province or city: id and name)
directory-problem-two-jurisdictions = one jurisdiction row per file (one province or city)
directory-problem-no-id = no id
directory-problem-bad-id = id "{ $id }" is not valid (unaccented letters, digits, dots, dashes)
directory-problem-no-name = no name{ $id ->
        [undefined] {""}
       *[other] {" "}for { $id }
    }
directory-problem-duplicate-id = id { $id } repeats line { $first }
directory-problem-bad-kind = { $id }: there is no kind "{ $kind }" (use: { $kinds }, group, jurisdiction, remark)
directory-problem-bad-member = group { $id }: "{ $kind }" is not an agency kind (use: { $kinds })
directory-problem-unknown-parent = { $id }: parent agency "{ $parent }" is not in the file
directory-problem-unknown-group = { $id }: group "{ $group }" is not in the file
directory-problem-shared-name = "{ $name }" names both { $first } and { $id }: a plan using it reads as { $first }
directory-problem-id-taken = id { $id } already belongs to the { $jurisdiction } directory
directory-file-unreadable = cannot read the file ({ $why })
directory-file-empty = the file is empty
directory-file-too-big = the file is too large (at most { $max } MB)
directory-file-not-xlsx = not a readable Excel workbook (.xlsx)
directory-file-not-utf8 = the CSV file is not UTF-8 (in Excel: Save as "CSV UTF-8")
directory-file-bad-csv = broken CSV file: { $why }
