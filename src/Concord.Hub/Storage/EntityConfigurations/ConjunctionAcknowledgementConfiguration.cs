using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionAcknowledgementConfiguration : IEntityTypeConfiguration<ConjunctionAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ConjunctionAcknowledgement> builder)
    {
        builder.ToTable("conjunction_acknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Agency).HasMaxLength(Agencies.AgencyRules.MaxCodeLength);
        builder.Property(a => a.Actor).HasMaxLength(64);
        builder.Property(a => a.RiskLevel).HasConversion(l => l.ToWireName(), t => ConjunctionWireNames.ParseRiskLevel(t)).HasMaxLength(16);
        builder.Property(a => a.Comment).HasMaxLength(ConjunctionCoordinationService.MaxTextLength);
        builder.HasIndex(a => new { a.EventId, a.Agency });
        builder.HasOne<ConjunctionEvent>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
