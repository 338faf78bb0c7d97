import { graphql } from '../../../gql';

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);
