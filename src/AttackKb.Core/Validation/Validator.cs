using AttackKb.Core.Model;
using AttackKb.Core.Validation.Rules;

namespace AttackKb.Core.Validation;

/// <summary>
/// Runs the ordered rule list over a knowledge base: per-file rules in parallel, then cross-file rules; adds the
/// readers' diagnostics; applies severity overrides; sorts (see <see cref="LintRun"/>). Same input, same output: order
/// never depends on threads.
/// </summary>
public static class Validator
{
    /// <summary>The rules, in the order they run (order does not affect output: results are sorted).</summary>
    public static IReadOnlyList<LintRule> Rules { get; } =
    [
        new IdentityRule(), new IdFormatRule(), new TechniqueStatusRule(), new TacticRule(), new PlatformRule(),
        new DataComponentRule(),
        new MappingRule(), new CitationRule(), new LinkRule(), new DuplicateRule(), new DetectionReferenceRule(),
        new SigmaRule(), new AtomicRule(), new TagQueryRule(), new UnsafeCharacterRule(), new DateAndVersionRule(),
    ];

    public static LintResult Run(KnowledgeBase kb, LintOptions? options = null) => Run(kb, options, Rules);

    /// <summary>
    /// Runs <paramref name="rules"/> instead of the standard list (tests use it to plant a failing rule).
    /// </summary>
    public static LintResult Run(KnowledgeBase kb, LintOptions? options, IReadOnlyList<LintRule> rules) =>
        LintRun.Full(kb, rules).Result(options ?? LintOptions.Default);
}
