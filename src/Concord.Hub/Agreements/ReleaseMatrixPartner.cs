namespace Concord.Hub.Agreements;

/// <summary>The flows between the matrix's agency and one partner.</summary>
/// <param name="Agency">The partner's agency code.</param>
/// <param name="Outgoing">What flows from the matrix's agency to the partner, per agreement.</param>
/// <param name="Incoming">What flows from the partner to the matrix's agency, per agreement.</param>
public sealed record ReleaseMatrixPartner(string Agency, IReadOnlyList<AgreementFlow> Outgoing, IReadOnlyList<AgreementFlow> Incoming);
