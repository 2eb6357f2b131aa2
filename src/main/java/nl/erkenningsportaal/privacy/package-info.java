/**
 * Privacy: encryption of identity fields and identifying free text at rest ({@link FieldCipher}), blind indexes for
 * searching, the processing register that every module declares its tables in ({@link ProcessingDeclaration},
 * {@link ProcessingRegister}), and the daily retention run that carries out its rules ({@link RetentionJob},
 * {@link RetentionWork}). Export and erasure reach every module through {@link PersonalDataContributor}.
 */
@NullMarked
package nl.erkenningsportaal.privacy;

import org.jspecify.annotations.NullMarked;
