using Concord.Hub.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionUpdateConfiguration : IEntityTypeConfiguration<ConjunctionUpdate>
{
    public void Configure(EntityTypeBuilder<ConjunctionUpdate> builder)
    {
        builder.ToTable("conjunction_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Tca).HasEpochConversion();
        builder.Property(u => u.RiskLevel).HasConversion(l => l.ToWireName(), t => ConjunctionWireNames.ParseRiskLevel(t)).HasMaxLength(16);
        builder.HasIndex(u => new { u.EventId, u.ScreenedAt });
    }
}
