using System.Globalization;
using System.Text;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Fills a Vale message template the way Go's <c>fmt</c> does for the verbs rule files use: <c>%s</c>, <c>%v</c>,
/// <c>%d</c>, <c>%q</c>, explicit indexes such as <c>%[2]s</c>, precision such as <c>%.2f</c>, and <c>%%</c>.
/// A verb without an argument takes the last argument, so a message never shows Go's "%!s(MISSING)"; line
/// breaks in arguments become spaces, as in Vale's one-line messages.
/// </summary>
public static class GoFormat
{
    public static string Format(string template, params string[] args)
    {
        if (template.IndexOf('%') < 0)
        {
            return template;
        }

        for (var k = 0; k < args.Length; k++)
        {
            if (args[k].AsSpan().IndexOfAny('\r', '\n') >= 0)
            {
                args[k] = args[k].Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
            }
        }

        var sb = new StringBuilder(template.Length + 16);
        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '%' || i + 1 >= template.Length)
            {
                sb.Append(c);
                continue;
            }

            var j = i + 1;
            if (template[j] == '%')
            {
                sb.Append('%');
                i = j;
                continue;
            }

            int? index = null;
            if (template[j] == '[')
            {
                var close = template.IndexOf(']', j);
                if (close > j && int.TryParse(template.AsSpan(j + 1, close - j - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    index = n - 1;
                    j = close + 1;
                }
            }

            var precisionStart = j;
            while (j < template.Length && (char.IsDigit(template[j]) || template[j] is '.' or '-' or '+' or ' '))
            {
                j++;
            }

            if (j >= template.Length || !char.IsLetter(template[j]))
            {
                sb.Append(c);
                continue;
            }

            var verb = template[j];
            var flags = template[precisionStart..j];
            var argIndex = index ?? next;
            next = argIndex + 1;
            var arg = args.Length == 0 ? string.Empty : args[Math.Min(argIndex, args.Length - 1)];
            sb.Append(verb switch
            {
                'q' => "\"" + arg + "\"",
                'f' or 'g' or 'e' when double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    => number.ToString("F" + (flags.StartsWith('.') && int.TryParse(flags[1..], out var p) ? p : 6), CultureInfo.InvariantCulture),
                _ => arg,
            });
            i = j;
        }

        return sb.ToString();
    }

    /// <summary>Go's <c>%.2f</c>.</summary>
    public static string Number(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
