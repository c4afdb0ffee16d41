using System.CommandLine;

namespace EditorialLint.Cli.Commands;

/// <summary>
/// <c>editorial-lint init</c>: writes a commented <c>.editoriallint.yaml</c> and an example style
/// (<c>styles/House/Wordiness.yml</c>) whose rule carries its own tests; refuses to overwrite without --force.
/// </summary>
public sealed class InitCommand : ICliCommand
{
    public const string ConfigFile = ".editoriallint.yaml";
    public const string ExampleRule = "styles/House/Wordiness.yml";

    public const string ConfigText = """
        # EditorialLint configuration. It applies to files in this folder and below; the nearest such file
        # above a draft wins, and 'editorial-lint check --config PATH' picks one explicitly. A Vale .vale.ini
        # is read too. Every key is optional.

        # Folder(s) holding styles: a style is a folder of Vale-compatible rule files (Rule.yml).
        styles-path: styles

        # Styles to run on every file, in addition to the built-in rules.
        styles: [House]

        # Set to false to run only the styles above (no built-in Dates, Spelling, Attribution... rules).
        builtin-rules: true

        # Preset rule settings: news (full-strength dates and attribution) or technical.
        preset: news

        # Lowest severity reported: hint, info, warning or error (--min-severity overrides it).
        min-severity: info

        # Publication date for every file, instead of front matter or datelines (--published overrides it).
        # published: 2026-02-04

        # Vocabularies: styles/config/vocabularies/NAME/accept.txt and reject.txt, as in Vale.
        # vocabularies: [Newsroom]

        # Per-rule settings: on, off, hint, info, warning or error. Family.* sets a whole family.
        rules:
          House.Wordiness: warning
          # Attribution.*: info

        # Settings for some files only; later entries override earlier ones.
        # files:
        #   - glob: "opinion/**"
        #     rules:
        #       Attribution.Vague: off

        # Files never checked.
        # ignore: ["drafts/archive/**"]
        """;

    public const string RuleText = """
        # An example rule: Vale-compatible YAML (see docs/rule-files.md). Run its tests with
        #   editorial-lint test-rules styles/House
        extends: substitution
        message: "Use '%s' instead of '%s'"
        description: Wordy phrases slow the reader down; the short form says the same.
        level: warning
        ignorecase: true
        action:
          name: replace
        swap:
          in order to: to
          at this point in time: now
          a large number of: many
        tests:
          - input: "Officials met in order to agree a budget."
            expect: [in order to]
          - input: "At this point in time, a large number of voters are undecided."
            expect: [At this point in time, a large number of]
          - input: "The order to evacuate came at noon."
            expect: []
        """;

    public int Order => 50;

    public Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite existing files" };
        var command = new Command("init", "Write a commented .editoriallint.yaml and an example style with one tested rule") { force };
        command.SetAction(result =>
        {
            string root = Directory.GetCurrentDirectory();
            var files = new[] { (ConfigFile, ConfigText), (ExampleRule, RuleText) };
            if (!result.GetValue(force))
            {
                foreach (var (relative, _) in files)
                {
                    if (File.Exists(Path.Combine(root, relative)))
                    {
                        throw new UsageException($"{relative} already exists; use --force to overwrite it");
                    }
                }
            }

            foreach (var (relative, text) in files)
            {
                string full = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text + "\n");
                console.Out.WriteLine($"wrote {relative}");
            }

            console.Out.WriteLine("Next: 'editorial-lint test-rules styles/House', then 'editorial-lint check .'");
            return ExitCodes.Success;
        });
        return command;
    }
}
