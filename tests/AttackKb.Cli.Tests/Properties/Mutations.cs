using System.Text;
using CsCheck;

namespace AttackKb.Cli.Tests.Properties;

/// <summary>
/// CsCheck generators that turn a real file into a hostile one: byte flips, truncation, splices of two files,
/// deep-nesting insertions (markdown and YAML), random front matter / YAML, random Unicode and raw invalid UTF-8.
/// Every mutation keeps the original path, so the file goes through the reader its extension picks.
/// </summary>
public static class Mutations
{
    public static Gen<FuzzCase> Of(IReadOnlyList<CorpusFile> files) =>
        Gen.Int[0, files.Count - 1].SelectMany(i => Gen.OneOf(
            ByteFlips(files[i]), Truncation(files[i]), Splice(files[i], files), DeepNesting(files[i]),
            RandomYaml(files[i]), RandomUnicode(files[i])));

    private static Gen<FuzzCase> ByteFlips(CorpusFile f) =>
        Gen.Select(Gen.Int[0, Math.Max(0, f.Bytes.Length - 1)].Array[1, 16], Gen.Byte.Array[16], (positions, values) =>
        {
            byte[] bytes = (byte[])f.Bytes.Clone();
            for (int k = 0; k < positions.Length && bytes.Length > 0; k++) bytes[positions[k]] = values[k];
            return new FuzzCase(f.Path, bytes, $"{positions.Length} byte flip(s)");
        });

    private static Gen<FuzzCase> Truncation(CorpusFile f) =>
        Gen.Int[0, f.Bytes.Length].Select(n => new FuzzCase(f.Path, f.Bytes[..n], $"truncated at {n}"));

    private static Gen<FuzzCase> Splice(CorpusFile f, IReadOnlyList<CorpusFile> files) =>
        Gen.Select(Gen.Int[0, f.Bytes.Length], Gen.Int[0, files.Count - 1], Gen.Int[0, int.MaxValue], (cut, other, from) =>
        {
            byte[] tail = files[other].Bytes;
            int start = from % (tail.Length + 1);
            return new FuzzCase(f.Path, [.. f.Bytes[..cut], .. tail[start..]], $"first {cut} bytes + {files[other].Path} from {start}");
        });

    private static Gen<FuzzCase> DeepNesting(CorpusFile f) =>
        Gen.Select(Gen.Int[0, Nestings.Count - 1], Gen.Int[2, 12_000], Gen.Int[0, f.Bytes.Length], (kind, depth, at) =>
            Insert(f, at, Nestings[kind].Make(depth), $"{Nestings[kind].Name} x{depth}"));

    private static Gen<FuzzCase> RandomYaml(CorpusFile f) =>
        Gen.Select(Gen.OneOf(YamlKeys).Array[1, 12], Gen.OneOf(YamlValues).Array[12], Gen.Bool, (keys, values, fence) =>
        {
            var sb = new StringBuilder(fence ? "---\n" : "");
            for (int k = 0; k < keys.Length; k++) sb.Append(keys[k]).Append(':').Append(values[k]).Append('\n');
            if (fence) sb.Append("---\n");
            byte[] yaml = Encoding.UTF8.GetBytes(sb.ToString());
            byte[] body = f.Bytes;
            return new FuzzCase(f.Path, fence ? [.. yaml, .. body] : yaml, "random YAML" + (fence ? " front matter" : ""));
        });

    private static Gen<FuzzCase> RandomUnicode(CorpusFile f) =>
        Gen.Select(Gen.Int[0, f.Bytes.Length].Array[1, 8], Gen.OneOf(Oddities).Array[8], Gen.Int[0, 3], (at, what, crOnly) =>
        {
            var bytes = f.Bytes.ToList();
            foreach (int k in Enumerable.Range(0, at.Length).OrderByDescending(k => at[k]))
                bytes.InsertRange(Math.Min(at[k], bytes.Count), what[k]);
            // One case in four turns every line ending into a lone CR (classic Mac files).
            byte[] result = crOnly == 0 ? [.. bytes.Select(b => b == (byte)'\n' ? (byte)'\r' : b)] : [.. bytes];
            return new FuzzCase(f.Path, result, $"{at.Length} odd character(s){(crOnly == 0 ? ", CR-only lines" : "")}");
        });

    /// <summary>Inserts <paramref name="text"/> at the start of the line holding byte <paramref name="at"/>.</summary>
    private static FuzzCase Insert(CorpusFile f, int at, string text, string how)
    {
        int line = at == 0 ? 0 : Array.LastIndexOf(f.Bytes, (byte)'\n', Math.Min(at, f.Bytes.Length) - 1) + 1;
        return new FuzzCase(f.Path, [.. f.Bytes[..line], .. Encoding.UTF8.GetBytes(text + "\n"), .. f.Bytes[line..]], how);
    }

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static string Lines(int n, Func<int, string> line) =>
        string.Join("\n", Enumerable.Range(0, Math.Min(n, 400)).Select(line)); // indentation grows: cap the size

    private static readonly IReadOnlyList<(string Name, Func<int, string> Make)> Nestings =
    [
        ("quotes", n => Repeat(">", n) + " x"),
        ("spaced quotes", n => Repeat("> ", n) + "x"),
        ("indented list", n => Lines(n, i => Repeat("  ", i) + "- x")),
        ("same-line list", n => Repeat("- ", n) + "x"),
        ("ordered list", n => Repeat("1. ", n) + "x"),
        ("quoted list", n => Repeat("> - ", n) + "x"),
        ("star run", n => Repeat("*", n) + "a" + Repeat("*", n)),
        ("star words", n => Repeat("*a", n)),
        ("underscores", n => Repeat("_a ", n)),
        ("strong", n => Repeat("**a ", n) + Repeat(" a**", n)),
        // Both-flanking '**' openers that lone '*' closers cannot match (rule of three), closed at the end by '**'.
        ("rule of three", n => Repeat("a**b c* c* c* ", n) + Repeat("x** ", n)),
        ("mixed emphasis", n => Repeat("*_", n) + "x" + Repeat("_*", n)),
        ("brackets closed in code", n => Repeat("[`]`", n)),
        ("brackets closed in a destination", n => Repeat("[", n) + "[x](" + Repeat("]", n) + ")"),
        ("brackets closed in autolinks", n => Repeat("[<http://a]>", n)),
        ("bracket pairs across lines", n => Repeat("][!]\n[", n)),
        ("brackets and code", n => Repeat("]`[][<", n)),
        ("brackets closed in html", n => Repeat("[<a b=\"]\">", n)),
        ("tildes", n => Repeat("~", n) + "a" + Repeat("~", n)),
        ("backticks", n => Repeat("`", n) + "a"),
        ("angle brackets", n => Repeat("<", n)),
        ("brackets", n => Repeat("[", n)),
        ("nested links", n => Repeat("[a", n) + Repeat("](b)", n)),
        ("nested images", n => Repeat("![a", n) + Repeat("](b)", n)),
        ("parentheses", n => "[a](" + Repeat("(", n) + ")"),
        ("table", n => Repeat("|a", n) + "|\n" + Repeat("|-", n) + "|\n" + Repeat("|b", n) + "|"),
        ("html blocks", n => Repeat("<div>\n", n)),
        ("unclosed front matter", _ => "---\nid: x"),
        ("yaml flow sequences", n => "k: " + Repeat("[", n) + Repeat("]", n)),
        ("yaml flow mappings", n => "k: " + Repeat("{a: ", n) + "x" + Repeat("}", n)),
        ("yaml block mappings", n => Lines(n, i => Repeat("  ", i) + "a:")),
        ("yaml block sequences", n => Lines(n, i => Repeat("  ", i) + "- ")),
        ("yaml aliases", n => "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join("\n", Enumerable.Range(1, 2 + n % 9)
            .Select(i => $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 10)) + "]"))),
    ];

    private static readonly string[] YamlKeys =
    [
        "id", "name", "kind", "tactics", "platforms", "techniques", "detection", "logsource", "title", "tags", "url",
        "attack_technique", "atomic_tests", "created", "modified", "last_modified", "version", "mitre_attack_url",
        "references", "detections", "analytics", "status", "level", "description", "data_sources", "detection_gap",
        "aliases", "executor", "display_name", "filename", "logsrc_product",
    ];

    private static readonly string[] YamlValues =
    [
        " T1553.004", " attack-pattern--1cec9319-743b-4840-bb65-431547bce82a", " technique", " detection", " [a, b]",
        "\n  - x\n  - y", "\n  a: 1\n  b: [c]", " ~", " null", "", " ''", " 2021-13-45", " 1.10", " \"\\u202E\\x00\"",
        " &a [x]", " *a", " !!python/object/apply:os.system [ls]", " !custom x", "\n\t- tab", " {selection: {a: b}}",
        " [", " \"unclosed", " |\n  block\n  text", " >-\n  folded", " https://attack.mitre.org/techniques/T1553/004/",
        " Т1553.004", " - item", " : :", " {{x}}", " [[x]]", " 0x1F", " .inf", " \uFEFF",
    ];

    private static readonly byte[][] Oddities =
    [
        [0x00], [(byte)'\r'], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0xE2, 0x80, 0x8B], [0xEF, 0xBB, 0xBF],
        [0xEF, 0xBF, 0xBE], [0xD0, 0xA2], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xFF], [0x80],
        [0xF4, 0x90, 0x80, 0x80], [0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m'], [(byte)'\t'], [0xE2, 0x80, 0xA8],
    ];
}
