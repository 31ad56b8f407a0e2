using AttackKb.Core.Model;

namespace AttackKb.Core.Validation;

/// <summary>
/// Lints one state of a knowledge base after another (`serve`, after every edit), each time with the result
/// <see cref="Validator.Run(KnowledgeBase, LintOptions?)"/> gives, but checking again only the files that changed
/// when what they export to other files did not (see <see cref="LintRun.Next"/>). Give it the states in order; a
/// state loaded afresh (not from the same load cache) is simply linted whole.
/// </summary>
public sealed class IncrementalLint(IReadOnlyList<LintRule>? rules = null)
{
    private readonly IReadOnlyList<LintRule> _rules = rules ?? Validator.Rules;
    private LintRun? _last;

    /// <summary>How many files the last <see cref="Run"/> checked (all of them when it could not reuse anything).
    /// </summary>
    public int FilesChecked => _last?.FilesChecked ?? 0;

    public LintResult Run(KnowledgeBase kb, LintOptions options)
    {
        _last = _last is null ? LintRun.Full(kb, _rules) : _last.Next(kb);
        return _last.Result(options);
    }
}
