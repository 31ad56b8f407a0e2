namespace AttackKb.Testing;

/// <summary>
/// The shared real-data corpus (../shared beside the checkout, or ATTACKKB_CORPUS). Tests that need it use
/// <see cref="CorpusFactAttribute"/>/<see cref="CorpusTheoryAttribute"/>: skipped with a reason when it is absent,
/// failed when ATTACKKB_REQUIRE_CORPUS=1 (CI) so a missing corpus can never pass silently.
/// </summary>
public static class Corpus
{
    public static string? Root { get; } = Find();

    public static bool Required =>
        Environment.GetEnvironmentVariable("ATTACKKB_REQUIRE_CORPUS") is "1" or "true";

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(MissingReason), .. parts]);

    public static string EnterpriseBundle => Path("attack", "enterprise-attack-18.1.json.gz");
    public static string CertificatesSubset => Path("attack", "certificates-subset.json");
    public static string SigmaRules => Path("sigma", "rules-certificates");
    public static string Atomics => Path("atomics");
    public static string Seeds => Path("seeds");
    public static string StixSchemas => Path("stix2-json-schemas");

    public static string MissingReason =>
        $"corpus not found (set ATTACKKB_CORPUS or put shared/ beside the repository; looked at '{Candidate()}')";

    private static string Candidate() =>
        Environment.GetEnvironmentVariable("ATTACKKB_CORPUS") is { Length: > 0 } env
            ? System.IO.Path.GetFullPath(env)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoPaths.Root, "..", "shared"));

    private static string? Find()
    {
        string c = Candidate();
        return Directory.Exists(System.IO.Path.Combine(c, "attack")) ? c : null;
    }
}

/// <summary>A fact that needs the corpus: skipped when absent, unless CI requires it (then it fails).</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Root is null && !Corpus.Required) Skip = Corpus.MissingReason;
    }
}

/// <summary>A theory that needs the corpus: skipped when absent, unless CI requires it (then it fails).</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (Corpus.Root is null && !Corpus.Required) Skip = Corpus.MissingReason;
    }
}
